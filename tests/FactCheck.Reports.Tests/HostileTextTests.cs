using System;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using FactCheck.Fields;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>Text from <c>.check</c> files and sources is data: whatever it holds, the page shows it as text and runs none of it.</summary>
public sealed class HostileTextTests
{
    public static TheoryData<string> Payloads { get; } =
    [
        "<script>alert('xss')</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</script><script>alert(1)</script>",
        "</SCRIPT ><!--<script>alert(1)//",
        "{{title}} {{{title}}} {{> badge}}",
        "javascript:alert(1)",
        "&lt;b&gt; &amp; \u2028 \u2029",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_is_shown_as_text(string payload)
    {
        IHtmlDocument page = Render(payload, out Claim claim);
        IElement card = page.GetElementById("claim-" + claim.Id)!;

        Assert.Equal(payload, card.QuerySelector("h3")?.TextContent);
        Assert.Equal(payload, card.QuerySelector(".quoted mark")?.TextContent);
        Assert.Equal("Note: " + payload, card.QuerySelector(".note")?.TextContent);
        Assert.Equal(payload, Pages.Fact(card, "Claimed by"));
        Assert.Equal(payload, Pages.Fact(card, "Reviewed by"));
        Assert.Equal(payload, card.QuerySelector(".tags bdi")?.TextContent);
        Assert.Equal(payload, card.QuerySelector(".evidence mark")?.TextContent);
        Assert.Equal(payload, card.QuerySelector(".evidence .url")?.TextContent);
        Assert.Equal(payload, page.QuerySelector("#source-evil h3")?.TextContent);
        Assert.Contains(payload, page.QuerySelector("#source-evil .source-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#source-evil .source-text mark"), mark => mark.TextContent == payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_adds_no_element_attribute_or_script(string payload)
    {
        IHtmlDocument page = Render(payload, out _);

        Assert.Equal(["application/ld+json", null], page.Scripts.Select(script => script.GetAttribute("type")));
        Assert.Empty(page.QuerySelectorAll("img, svg[onload], iframe, object, embed, base, link[rel=stylesheet]"));
        Assert.DoesNotContain(page.All.SelectMany(element => element.Attributes), attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(page.QuerySelectorAll("[href]"), element => Assert.True(IsSafeHref(element.GetAttribute("href")!), element.OuterHtml));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_cannot_break_out_of_the_json_ld(string payload)
    {
        IHtmlDocument page = Render(payload, out Claim claim);
        using JsonDocument json = Pages.StructuredData(page);
        JsonElement review = json.RootElement.GetProperty("@graph")[0];

        Assert.Equal(payload, review.GetProperty("claimReviewed").GetString());
        Assert.Equal(payload, review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(payload, review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("headline").GetString());
        Assert.Equal("#claim-" + claim.Id, review.GetProperty("url").GetString());
        Assert.DoesNotContain("<", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_address_never_becomes_a_link()
    {
        IHtmlDocument page = Render("javascript:alert(1)", out _);

        Assert.Empty(page.QuerySelectorAll("[href^='javascript' i]"));
        Assert.Equal("javascript:alert(1)", page.QuerySelector(".evidence span.url")?.TextContent);
    }

    [Theory]
    [InlineData("a\0b\u0001c\u007Fd\u0085e", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe")]
    [InlineData("a\uFFFEb\uFFFFc\uFDD0d", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("a\U0001FFFEb\U0010FFFFc\U0001FFFDd", "a\uFFFDb\uFFFDc\U0001FFFDd")]
    [InlineData("tab\tform\ffeed", "tab\tform\ffeed")]
    public void Characters_html_forbids_are_shown_as_the_replacement_character_and_the_page_stays_valid(string payload, string shown)
    {
        IHtmlDocument page = Render(payload, out Claim claim, Pages.ParseStrictly);

        Assert.Equal(shown, page.GetElementById("claim-" + claim.Id)!.QuerySelector("h3")?.TextContent);
        using JsonDocument json = Pages.StructuredData(page);
        Assert.Equal(payload, json.RootElement.GetProperty("@graph")[0].GetProperty("claimReviewed").GetString());
    }

    private static IHtmlDocument Render(string payload, out Claim claim) => Render(payload, out claim, Pages.Parse);

    private static IHtmlDocument Render(string payload, out Claim claim, Func<string, IHtmlDocument> parse)
    {
        string text = $"Before the passage. {payload} After the passage.";
        var source = new SourceRecord { Id = "evil", FileName = "evil.txt", Text = text, Title = payload, Author = payload, Url = "javascript:alert(1)" };
        ClaimRecord record = TestModel.Claim("hostile", payload, Verdicts.False, Passages.Find(source, payload), "checks/hostile.check", 1);
        record[ClaimFields.By] = payload;
        record[ClaimFields.Note] = payload;
        record[ClaimFields.Reviewer] = payload;
        record[ClaimFields.Tags] = new[] { payload };
        record.Evidence.Add(TestModel.Quote(source, payload));
        record.Evidence.Add(TestModel.Link(payload));
        // A link's shown text is its claim's, so the claim links to itself to put the payload there too.
        record.Supports.Add("hostile");
        var model = TestModel.Build([source], record);
        claim = model.Claims[0];
        return parse(Pages.Render(model.Claims, model.Sources));
    }

    private static bool IsSafeHref(string href) =>
        href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) || href == "data:,";
}
