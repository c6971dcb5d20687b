using System;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>What the renderer does with input the runtime model allows but a page cannot show as given.</summary>
public sealed class InputTests
{
    private static readonly SourceRecord s_record = new() { Id = "s", FileName = "s.txt", Text = "One sentence. Another sentence." };
    private static readonly SourceDocument s_source = Model().Sources[0];

    [Fact]
    public void Two_claims_with_one_id_are_rejected()
    {
        var model = Model(Claim("same", Passages.Find(s_record, "One sentence")), Claim("same", Passages.Find(s_record, "Another sentence")));

        ArgumentException error = Assert.Throws<ArgumentException>(() => Pages.Render(model.Claims, model.Sources));
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_with_one_id_are_rejected()
    {
        SourceDocument other = TestModel.Build([new SourceRecord { Id = "s", FileName = "other.txt", Text = "Other." }]).Sources[0];

        Assert.Throws<ArgumentException>(() => Pages.Render([], [s_source, other]));
    }

    [Fact]
    public void A_passage_outside_its_source_is_rejected()
    {
        // The runtime model itself refuses such a passage, so no report can be asked to show one.
        var model = Model(Claim("outside", Passages.At(s_record, 20, 50)));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Pages.Render(model.Claims, model.Sources));
        Assert.Contains("'outside'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_a_claim_names_but_the_list_lacks_is_added()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render(Model(Claim("c", Passages.Find(s_record, "One sentence"))).Claims, []));

        Assert.NotNull(page.QuerySelector("#source-s mark"));
    }

    [Fact]
    public void A_report_without_claims_still_renders()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render([], [s_source]));

        Assert.Empty(page.QuerySelectorAll("article.claim"));
        Assert.Equal("0", page.QuerySelector("#summary tfoot td.count")?.TextContent);
        Assert.Equal("One sentence. Another sentence.", page.QuerySelector("#source-s .source-text")?.TextContent.Trim());
    }

    [Fact]
    public void An_empty_passage_gets_no_highlight_and_no_dangling_link()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render(Model(Claim("empty", Passages.At(s_record, 3, 0))).Claims, [s_source]));

        Assert.Empty(page.QuerySelectorAll("#source-s mark"));
        Assert.Null(page.QuerySelector("#claim-empty a[href^='#passage-']"));
    }

    private static (ClaimSet Claims, SourceSet Sources) Model(params ClaimRecord[] claims) => TestModel.Build([s_record], claims);

    private static ClaimRecord Claim(string id, PassageRecord passage) => TestModel.Claim(id, "A claim.", Verdicts.Mixed, passage, "x.check", 1);
}
