using System;
using System.IO;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using Xunit;

namespace FactCheck.Reports.Tests;

public sealed class CustomTemplateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-template-").FullName;

    [Fact]
    public void A_template_file_replaces_the_page_and_keeps_the_built_in_functions()
    {
        string path = Write(
            "<!DOCTYPE html><html><head><title>{{ title }}</title></head><body><ol>"
            + "{{ for c in claims }}<li id=\"{{ c.anchor }}\">{{ badge c.verdict }} {{ c.text }}</li>{{ end }}"
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
            "{{ for s in sources }}[{{ s.id }}:{{ for p in s.paragraphs }}{{ for r in p.runs }}{{ if r.is_marked }}<{{ r.verdict.keyword }}>{{ end }}{{ end }}{{ end }}]{{ end }}"
            + "{{ for row in summary.by_verdict }}{{ row.verdict.keyword }}={{ row.count }};{{ end }}total={{ summary.total }}";

        string text = ReportRenderer.FromTemplate(Template).Render(Samples.Claims, Samples.Sources, Pages.Options);

        Assert.StartsWith("[000:<mostly-true><false><mostly-false><unproven><true><opinion>][004:<true><contested><contested><contested><misleading>]", text, StringComparison.Ordinal);
        Assert.EndsWith("opinion=1;total=10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_template_encodes_text_too()
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "<b>bold</b>" };
        var model = TestModel.Build([source], TestModel.Claim("c", "<b>bold</b>", Verdicts.True, Passages.Find(source, "<b>bold</b>"), "c.check", 1));
        Claim claim = model.Claims[0];

        string html = ReportRenderer.FromTemplate("{{ for c in claims }}{{ c.text }}{{ end }}").Render([claim], model.Sources, Pages.Options);

        Assert.Equal("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void A_misspelt_name_fails_instead_of_leaving_a_gap()
    {
        ReportRenderer renderer = ReportRenderer.FromTemplate("{{ for c in claims }}{{ c.verdikt.name }}{{ end }}");

        Assert.Throws<ReportTemplateException>(() => renderer.Render(Samples.Claims, Samples.Sources, Pages.Options));
    }

    [Fact]
    public void A_template_that_is_not_scriban_fails_when_parsed()
    {
        Assert.Throws<ReportTemplateException>(() => ReportRenderer.FromTemplate("{{ for c in claims }}unclosed"));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("claims[0].text")]
    [InlineData("content_security_policy")]
    [InlineData("'<b>'")]
    public void Embed_writes_only_the_reports_own_assets(string value)
    {
        ReportRenderer renderer = ReportRenderer.FromTemplate("<script type=\"application/ld+json\">{{ embed " + value + " }}</script>");

        Assert.Throws<ReportTemplateException>(() => renderer.Render(Samples.Claims, Samples.Sources, Pages.Options));
    }

    [Fact]
    public void Embed_writes_the_style_script_and_json_ld_unencoded()
    {
        string html = ReportRenderer.FromTemplate("{{ embed style }}@@@{{ embed script }}@@@{{ embed structured_data }}").Render(Samples.Claims, Samples.Sources, Pages.Options);
        string[] parts = html.Split("@@@");

        Assert.Contains("\n:root {", parts[0], StringComparison.Ordinal);
        Assert.Contains("&&", parts[1], StringComparison.Ordinal);
        Assert.StartsWith("{\"@context\":\"https://schema.org\"", parts[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Values_a_template_computes_are_encoded_too()
    {
        string html = ReportRenderer.FromTemplate("{{ '<b>' + '&' }}{{ style }}").Render(Samples.Claims, Samples.Sources, Pages.Options);

        Assert.StartsWith("&lt;b&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<", html, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string template)
    {
        string path = Path.Combine(_folder, "page.sbn-html");
        File.WriteAllText(path, template);
        return path;
    }
}
