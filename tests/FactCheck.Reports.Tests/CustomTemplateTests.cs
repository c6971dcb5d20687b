using System;
using System.IO;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using Xunit;

namespace FactCheck.Reports.Tests;

public sealed class CustomTemplateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-template-").FullName;

    [Fact]
    public void A_template_file_replaces_the_page_and_keeps_the_partials()
    {
        string path = Write(
            "<!DOCTYPE html><html><head><title>{{title}}</title></head><body><ol>"
            + "{{#each claims}}<li id=\"{{anchor}}\">{{> badge verdict}} {{text}}</li>{{/each}}"
            + "</ol></body></html>");

        IHtmlDocument page = Pages.Parse(ReportRenderer.FromTemplateFile(path).Render(Samples.Claims, Samples.Sources, Pages.Options));

        Assert.Equal(Pages.Options.Title, page.Title);
        Assert.Equal(Samples.Claims.Count, page.QuerySelectorAll("ol > li").Length);
        Assert.Equal("Mostly false", page.QuerySelector("#claim-isis-defeated .badge")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("#summary, #sources"));
    }

    [Fact]
    public void A_template_can_walk_the_whole_view_model()
    {
        const string Template =
            "{{#each sources}}[{{id}}:{{#each paragraphs}}{{#each runs}}{{#if isMarked}}<{{verdict.keyword}}>{{/if}}{{/each}}{{/each}}]{{/each}}"
            + "{{#each summary.byVerdict}}{{verdict.keyword}}={{count}};{{/each}}total={{summary.total}}";

        string text = ReportRenderer.FromTemplate(Template).Render(Samples.Claims, Samples.Sources, Pages.Options);

        Assert.StartsWith("[000:<mostly-true><false><mostly-false><unproven><true><opinion>][004:<true><contested><contested><contested><misleading>]", text, StringComparison.Ordinal);
        Assert.EndsWith("opinion=1;total=10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_template_encodes_text_too()
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "<b>bold</b>" };
        var model = TestModel.Build([source], TestModel.Claim("c", "<b>bold</b>", Verdict.True, Passages.Find(source, "<b>bold</b>"), "c.check", 1));
        Claim claim = model.Claims[0];

        string html = ReportRenderer.FromTemplate("{{#each claims}}{{text}}{{/each}}").Render([claim], model.Sources, Pages.Options);

        Assert.Equal("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void A_misspelt_name_fails_instead_of_leaving_a_gap()
    {
        ReportRenderer renderer = ReportRenderer.FromTemplate("{{#each claims}}{{verdikt.name}}{{/each}}");

        Assert.Throws<HandlebarsUndefinedBindingException>(() => renderer.Render(Samples.Claims, Samples.Sources, Pages.Options));
    }

    [Fact]
    public void A_template_that_is_not_handlebars_fails_when_compiled()
    {
        Assert.ThrowsAny<HandlebarsException>(() => ReportRenderer.FromTemplate("{{#each claims}}unclosed"));
    }

    [Fact]
    public void The_json_ld_helper_takes_only_the_structured_data()
    {
        ReportRenderer renderer = ReportRenderer.FromTemplate("<script type=\"application/ld+json\">{{json-ld title}}</script>");

        Assert.ThrowsAny<HandlebarsException>(() => renderer.Render(Samples.Claims, Samples.Sources, Pages.Options));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string template)
    {
        string path = Path.Combine(_folder, "page.hbs");
        File.WriteAllText(path, template);
        return path;
    }
}
