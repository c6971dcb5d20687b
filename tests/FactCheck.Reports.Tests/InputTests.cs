using System;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>What the renderer does with input the runtime model allows but a page cannot show as given.</summary>
public sealed class InputTests
{
    private static readonly SourceDocument s_source = new("s", "s.txt", "One sentence. Another sentence.");

    [Fact]
    public void Two_claims_with_one_id_are_rejected()
    {
        Claim first = Claim("same", Passages.Find(s_source, "One sentence"));
        Claim second = Claim("same", Passages.Find(s_source, "Another sentence"));

        ArgumentException error = Assert.Throws<ArgumentException>(() => Pages.Render([first, second], [s_source]));
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_with_one_id_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Pages.Render([], [s_source, new SourceDocument("s", "other.txt", "Other.")]));
    }

    [Fact]
    public void A_passage_outside_its_source_is_rejected()
    {
        Claim claim = Claim("outside", Passages.At(s_source, 20, 50));

        ArgumentException error = Assert.Throws<ArgumentException>(() => Pages.Render([claim], [s_source]));
        Assert.Contains("'outside'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_a_claim_names_but_the_list_lacks_is_added()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render([Claim("c", Passages.Find(s_source, "One sentence"))], []));

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
        IHtmlDocument page = Pages.Parse(Pages.Render([Claim("empty", Passages.At(s_source, 3, 0))], [s_source]));

        Assert.Empty(page.QuerySelectorAll("#source-s mark"));
        Assert.Null(page.QuerySelector("#claim-empty a[href^='#passage-']"));
    }

    private static Claim Claim(string id, SourcePassage passage) =>
        new(id, "A claim.", Verdict.Mixed, s_source, passage, new CheckLocation("x.check", 1, 1));
}
