using System;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using FactCheck.Fields;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>Corrections: beneath their claim's verdict, in a section of their own newest first, as ClaimReview's <c>dateModified</c>, and never dated after the report.</summary>
public sealed class CorrectionTests
{
    private readonly IHtmlDocument _page = Pages.RenderSamples();

    [Fact]
    public void A_card_shows_its_corrections_beneath_the_verdict_newest_first()
    {
        IElement card = _page.GetElementById("claim-isis-defeated")!;
        IElement list = card.QuerySelector("h3 + ul.corrections") ?? throw new Xunit.Sdk.XunitException("The card has no corrections beneath its heading.");

        Assert.Equal("Corrections", list.GetAttribute("aria-label"));
        Assert.Equal(["2020-02-20", "2020-02-10"], list.QuerySelectorAll("li > time").Select(time => time.GetAttribute("datetime")));
        Assert.Equal(
            ["20 February 2020: Added the UN report as evidence.", "10 February 2020: The note said the caliphate fell in 2018; it fell in 2019."],
            list.QuerySelectorAll("li").Select(item => item.TextContent));
        Assert.All(list.QuerySelectorAll("li"), item => Assert.Equal("bdi", item.LastElementChild!.LocalName));
    }

    [Fact]
    public void A_card_without_corrections_has_no_list()
    {
        Assert.Null(_page.GetElementById("claim-4d-chess")!.QuerySelector(".corrections"));
    }

    [Fact]
    public void The_corrections_section_lists_every_correction_newest_first_each_linking_to_its_claim()
    {
        IElement section = _page.GetElementById("corrections") ?? throw new Xunit.Sdk.XunitException("The page has no corrections section.");
        IElement[] items = [.. section.QuerySelectorAll("ol.correction-list > li")];

        // One day's corrections keep the order of the claims (bases before soldiers), then the order written.
        Assert.Equal(["2020-02-20", "2020-02-15", "2020-02-15", "2020-02-10"], items.Select(item => item.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(
            ["#claim-isis-defeated", "#claim-us-bases-in-iran", "#claim-5200-soldiers", "#claim-isis-defeated"],
            items.Select(item => item.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(items, item => Assert.NotNull(_page.GetElementById(item.QuerySelector("a")!.GetAttribute("href")![1..])));
        Assert.Equal("The US has bases in Iran.", items[1].QuerySelector("a[dir='auto']")!.TextContent);
        Assert.Equal("The verdict was mostly-false; the article names Iran, not Iraq, so it is false.", items[1].QuerySelector("bdi")!.TextContent);
        Assert.Equal("Corrections", _page.QuerySelector($"#{section.GetAttribute("aria-labelledby")}")!.TextContent);
        Assert.NotNull(_page.QuerySelector("nav.contents a[href='#corrections']"));
    }

    [Fact]
    public void A_report_without_corrections_has_no_section_and_no_link_to_one()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render([.. Samples.Claims.Where(claim => claim.Corrections.Count == 0)], Samples.Sources));

        Assert.Null(page.GetElementById("corrections"));
        Assert.Null(page.QuerySelector("a[href='#corrections']"));
    }

    [Fact]
    public void ClaimReview_gives_the_latest_correction_as_dateModified()
    {
        using JsonDocument data = Pages.StructuredData(_page);
        JsonElement[] reviews = [.. data.RootElement.GetProperty("@graph").EnumerateArray()];

        Assert.Equal("2020-02-20", Review(reviews, "isis-defeated").GetProperty("dateModified").GetString());
        Assert.Equal("2020-02-01", Review(reviews, "isis-defeated").GetProperty("datePublished").GetString());
        Assert.Equal("2020-02-15", Review(reviews, "us-bases-in-iran").GetProperty("dateModified").GetString());
        Assert.False(Review(reviews, "4d-chess").TryGetProperty("dateModified", out _));
    }

    [Theory]
    [InlineData(2020, 2, 20, 0)]
    [InlineData(2020, 2, 19, 0)]
    [InlineData(2020, 2, 19, 23)]
    public void The_renderer_accepts_corrections_up_to_the_day_after_the_reports_UTC_date(int year, int month, int day, int hour)
    {
        var options = Pages.Options with { GeneratedAt = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero) };

        Assert.Contains("id=\"corrections\"", Pages.Render(Samples.Claims, Samples.Sources, options), StringComparison.Ordinal);
    }

    [Fact]
    public void The_renderer_refuses_a_correction_after_the_day_after_the_reports_UTC_date_and_names_where_its_claim_is()
    {
        // 23:30 on 17 February in New York is 04:30 on the 18th in UTC: the 19th has begun in Auckland, the 20th nowhere.
        var options = Pages.Options with { GeneratedAt = new DateTimeOffset(2020, 2, 17, 23, 30, 0, TimeSpan.FromHours(-5)) };

        ArgumentException error = Assert.Throws<ArgumentException>(() => Pages.Render(Samples.Claims, Samples.Sources, options));

        Assert.Contains("checks/iran.check(3,1): claim 'isis-defeated' has a correction dated 2020-02-20", error.Message, StringComparison.Ordinal);
        Assert.Contains("on or before 2020-02-19", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_no_time_checks_no_correction_date()
    {
        Assert.Contains("id=\"corrections\"", Pages.Render(Samples.Claims, Samples.Sources, new ReportOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_correction_text_is_encoded_and_isolated_for_direction()
    {
        const string hostile = "</bdi><script>alert(1)</script>\u202E evil";
        var source = new SourceRecord { Id = "s1", FileName = "s1.txt", Text = "The strike was defensive." };
        var record = new ClaimRecord
        {
            Id = "hostile",
            Text = "The strike was defensive",
            Verdict = Verdicts.False.Keyword,
            Passage = Passages.Find(source, "The strike was defensive"),
            FilePath = "hostile.check",
            Line = 1,
            Column = 1,
        };
        record[ClaimFields.Correction] = new[] { new Correction(new CalendarDate(2020, 1, 1), hostile) };
        (ClaimSet claims, SourceSet sources) = TestModel.Build([source], record);

        IHtmlDocument page = Pages.ParseStrictly(Pages.Render(claims, sources));

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal(hostile, page.QuerySelector(".corrections bdi")!.TextContent);
        Assert.Equal(hostile, page.QuerySelector(".correction-list bdi")!.TextContent);
    }

    private static JsonElement Review(JsonElement[] reviews, string claimId) =>
        reviews.Single(review => review.GetProperty("url").GetString() == "#claim-" + claimId);
}
