using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>A report of claims judged on a declared scale: its labels, order, ratings and colours, none of the default's.</summary>
public sealed class ScaleTests
{
    private static readonly string s_html = Pages.Render(Samples.OnHouseScale, Samples.Sources);
    private readonly IHtmlDocument _page = Pages.Parse(s_html);

    [Fact]
    public void The_summary_key_and_filter_list_the_scales_verdicts_in_its_order_with_its_labels()
    {
        string[] labels = [.. Samples.OnHouseScale.Scale.Select(verdict => verdict.Label)];

        Assert.Equal(labels, _page.QuerySelectorAll(".counts tbody th .badge").Select(badge => badge.TextContent));
        Assert.Equal(labels, _page.QuerySelectorAll(".legend dt .badge").Select(badge => badge.TextContent));
        Assert.All(
            _page.QuerySelectorAll("#filter-verdict option").Skip(1),
            option => Assert.StartsWith(Samples.OnHouseScale.Scale.Find(option.GetAttribute("value")!)!.Label + " (", option.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Mostly false", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_badge_shows_its_claims_label_and_the_structured_data_rates_on_the_scale()
    {
        foreach (Claim claim in Samples.OnHouseScale.Where(claim => claim.Id != "a-claim-in-another-report"))
        {
            IElement card = _page.GetElementById("claim-" + claim.Id)!;
            Assert.Equal(claim.Verdict.Label, card.QuerySelector(".badge")!.TextContent);
        }

        using JsonDocument json = Pages.StructuredData(_page);
        JsonElement[] ratings = [.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(review => review.GetProperty("reviewRating"))];
        Assert.Contains(ratings, rating => rating.GetProperty("alternateName").GetString() == "Largely wrong" && rating.GetProperty("ratingValue").GetInt32() == 3
            && rating.GetProperty("bestRating").GetInt32() == 7 && rating.GetProperty("worstRating").GetInt32() == 1);
        Assert.Contains(ratings, rating => rating.GetProperty("alternateName").GetString() == "Disputed" && !rating.TryGetProperty("ratingValue", out _) && !rating.TryGetProperty("bestRating", out _));
    }

    [Fact]
    public void The_scales_colours_are_rules_of_the_hashed_stylesheet_and_no_element_has_a_style_attribute()
    {
        string style = _page.QuerySelector("head style")!.TextContent;
        string policy = _page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;

        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", policy, StringComparison.Ordinal);
        Assert.Contains(".v-mostly-false { --accent: #a63c00;", style, StringComparison.Ordinal);
        Assert.Contains("  .v-mostly-false { --accent: #ff9a5c;", style, StringComparison.Ordinal);
        Assert.Contains(".v-opinion { --accent: var(--muted); --tint: var(--card); }", style, StringComparison.Ordinal);
        Assert.Empty(_page.QuerySelectorAll("[style]"));

        // The default scale's page keeps the stylesheet as it is, with no rule added.
        string defaultStyle = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources)).QuerySelector("head style")!.TextContent;
        Assert.DoesNotContain("declared scale", defaultStyle, StringComparison.Ordinal);
        Assert.StartsWith(defaultStyle, style, StringComparison.Ordinal);
    }

}
