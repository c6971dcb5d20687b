using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using Xunit;

namespace FactCheck.Reports.Tests;

public sealed partial class RenderingTests
{
    private readonly IHtmlDocument _page = Pages.RenderSamples();

    [Fact]
    public void Every_claim_has_its_permalink()
    {
        foreach (Claim claim in Samples.Claims)
        {
            IElement card = Card(claim);
            Assert.Equal("article", card.LocalName);
            // The heading is the permalink.
            Assert.Equal(claim.Text, card.QuerySelector($"h3 > a[href='#claim-{claim.Id}']")?.TextContent);
            Assert.Equal(claim.Text, card.QuerySelector("h3")?.TextContent);
        }
    }

    [Fact]
    public void Every_claim_has_a_badge_naming_its_verdict()
    {
        foreach (Claim claim in Samples.Claims)
        {
            Verdict verdict = claim.Verdict;
            IElement badge = Card(claim).Children.FirstOrDefault(child => child.ClassList.Contains("badge")) ?? throw new Xunit.Sdk.XunitException($"{claim.Id} has no badge.");
            Assert.Equal(verdict.Label, badge.TextContent);

            // The badge takes its colour from the card's verdict class, which the filters read too.
            Assert.Equal(["claim", "v-" + verdict.Keyword], Card(claim).ClassList);
        }
    }

    [Fact]
    public void Every_claim_shows_its_passage_and_links_to_it_in_its_highlighted_source()
    {
        foreach (Claim claim in Samples.Claims)
        {
            IElement quoted = Card(claim).QuerySelector(".quoted") ?? throw new Xunit.Sdk.XunitException($"{claim.Id} has no quotation.");
            IElement? target = _page.GetElementById(quoted.QuerySelector("figcaption a[href^='#passage-']")!.GetAttribute("href")![1..]);

            // The source's text is in the page once: the card holds the passage alone, marked as cut where the paragraph goes on.
            Assert.Equal(claim.Passage.Text, quoted.QuerySelector("mark")?.TextContent);
            Assert.Equal(claim.Passage.Text, quoted.QuerySelector("blockquote")!.TextContent.Trim('\u2026'));
            Assert.NotNull(target?.Closest($"#source-{claim.Source.Id} .source-text p"));
        }
    }

    [Fact]
    public void A_passage_that_is_not_its_whole_paragraph_is_shown_with_ellipses()
    {
        Assert.Equal("\u2026ISIS has been defeated\u2026", Card("isis-defeated").QuerySelector(".quoted blockquote")!.TextContent);
    }

    [Fact]
    public void A_short_paragraph_is_the_whole_context_a_template_gets()
    {
        Assert.Equal(
            "The Iranians have correctly identified US bases in Iran as America's weakest point. Not only are they unnecessary "
            + "([ISIS has been defeated]) but these bases can only exist if they are actively protected by the Iraqi army, which "
            + "hates the US as much as Iran does.",
            Context("isis-defeated"));
    }

    [Fact]
    public void A_long_paragraph_is_narrowed_to_the_passages_sentence_in_the_context_a_template_gets()
    {
        Assert.Equal(
            "\u20261. Push for parliament to withdraw permission for US bases ([granted in 2014 under President Obama] in order to combat ISIS).\u2026",
            Context("parliament-2014"));
    }

    [Fact]
    public void Every_source_is_shown_in_full()
    {
        foreach (SourceDocument source in Samples.Sources)
        {
            IElement text = _page.QuerySelector($"#source-{source.Id} .source-text") ?? throw new Xunit.Sdk.XunitException($"Source {source.Id} is missing.");
            Assert.Equal(Collapse(source.Text), Collapse(string.Join(" ", text.QuerySelectorAll("p").Select(paragraph => paragraph.TextContent))));
            Assert.Equal(source.Title, _page.QuerySelector($"#source-{source.Id} h3")?.TextContent);
        }
    }

    [Fact]
    public void Source_text_keeps_its_own_line_breaks_and_indentation()
    {
        IElement paragraph = _page.QuerySelectorAll("#source-000 .source-text p").Single(p => p.TextContent.StartsWith("According", StringComparison.Ordinal));

        Assert.Contains(
            "strategy:\n  1. Push for parliament to withdraw permission for US bases (granted in 2014",
            paragraph.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Every_checked_passage_is_highlighted_in_its_source_and_linked_to_its_claim()
    {
        foreach (Claim claim in Samples.Claims)
        {
            IElement[] runs = [.. _page.QuerySelectorAll($"#source-{claim.Source.Id} .source-text a[data-claims]")
                .Where(link => link.GetAttribute("data-claims")!.Split(' ').Contains(claim.Id))];

            Assert.Equal(claim.Passage.Text, string.Concat(runs.Select(run => run.TextContent)));
            Assert.All(runs, run => Assert.NotNull(run.QuerySelector("mark")));
            Assert.All(runs, run => Assert.NotNull(_page.GetElementById(run.GetAttribute("href")![1..])));
            Assert.NotNull(_page.GetElementById("passage-" + claim.Id)?.Closest($"#source-{claim.Source.Id}"));
        }
    }

    [Fact]
    public void A_passage_with_no_overlap_links_to_its_own_claim_in_its_verdict_colour()
    {
        IElement link = _page.QuerySelector("#source-000 a[data-claims='us-bases-in-iran']")!;

        Assert.Equal("#claim-us-bases-in-iran", link.GetAttribute("href"));
        Assert.Contains("v-false", link.QuerySelector("mark")!.ClassList);
    }

    [Fact]
    public void Overlapping_passages_take_the_first_claims_colour_and_name_every_claim()
    {
        // "kataib-credit" quotes the whole sentence; "kataib-iran-intel" quotes words inside it.
        IElement[] runs = [.. _page.QuerySelectorAll("#source-004 .source-text a[data-claims]").Where(run => run.GetAttribute("data-claims")!.Contains("kataib", StringComparison.Ordinal))];

        Assert.Equal(["kataib-credit", "kataib-credit kataib-iran-intel", "kataib-credit"], runs.Select(run => run.GetAttribute("data-claims")));
        Assert.All(runs, run => Assert.Equal("#claim-kataib-credit", run.GetAttribute("href")));
        Assert.All(runs, run => Assert.Contains("v-contested", run.QuerySelector("mark")!.ClassList));
        Assert.Null(runs[1].GetAttribute("title"));
        Assert.Contains(
            "Contested: Kata'ib Hezbollah appeared to take credit for the Camp Taji attack. | Mostly true: Kata'ib Hezbollah is close to Iranian intelligence.",
            WebUtility.HtmlDecode(ReportRenderer.FromTemplate("{{ for s in sources }}{{ for p in s.paragraphs }}{{ for r in p.runs }}{{ r.description }}\n{{ end }}{{ end }}{{ end }}").Render(Samples.Claims, Samples.Sources, Pages.Options)),
            StringComparison.Ordinal);
        Assert.Equal("#passage-kataib-iran-intel", Card("kataib-iran-intel").QuerySelector("figcaption a[href^='#passage-']")?.GetAttribute("href"));
    }

    [Fact]
    public void Evidence_shows_each_passage_in_context_and_each_link()
    {
        IElement[] evidence = [.. Card("isis-defeated").QuerySelectorAll(".evidence li")];

        Assert.Equal(2, evidence.Length);
        Assert.Equal("to prevent a resurgence of the Islamic State jihadist group", evidence[0].QuerySelector("mark")?.TextContent);
        IElement context = _page.GetElementById(evidence[0].QuerySelector(".cite a[href^='#para-']")!.GetAttribute("href")![1..])!;
        Assert.Equal("p", context.LocalName);
        Assert.StartsWith("Some 5,200 US soldiers", context.TextContent, StringComparison.Ordinal);
        Assert.NotNull(context.Closest("#source-000"));
        Assert.Equal("https://example.org/un-report-isis-2020", evidence[1].QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void A_card_shows_claimant_source_note_dates_reviewer_tags_and_where_it_was_written()
    {
        IElement card = Card("isis-defeated");
        string facts = card.QuerySelector(".facts")!.TextContent;

        Assert.Equal(
            "Claimed by Duns Scotus on 5 January 2020. Reviewed by A. Analyst on 1 February 2020. Tags: isis, iraq. Checked in checks/iran.check, line 3, column 1.",
            facts);
        Assert.Equal("Duns Scotus", Pages.Fact(card, "Claimed by"));
        Assert.Equal("A. Analyst", Pages.Fact(card, "Reviewed by"));
        Assert.Equal(["isis", "iraq"], card.QuerySelectorAll(".facts .tags bdi").Select(tag => tag.TextContent));
        Assert.Contains("The territorial caliphate fell in 2019", card.QuerySelector(".note")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2020-01-05", card.QuerySelector(".facts time")?.GetAttribute("datetime"));

        IElement source = card.QuerySelector(".quoted figcaption")!;
        Assert.Equal("#source-000", source.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Iran is playing 4D chess by Duns Scotus", source.TextContent, StringComparison.Ordinal);
        Assert.NotNull(source.QuerySelector("a[href='https://example.org/iran-4d-chess']"));
    }

    [Fact]
    public void Supports_and_contradicts_link_to_the_other_claims()
    {
        Assert.NotNull(Card("isis-defeated").QuerySelector(".claim-links a[href='#claim-5200-soldiers']"));
        Assert.NotNull(Card("5200-soldiers").QuerySelector(".claim-links a[href='#claim-parliament-2014']"));

        IElement unknown = Card("imminent-threat").QuerySelector(".claim-links li")!;
        Assert.Null(unknown.QuerySelector("a"));
        Assert.Contains("Soleimani was planning attacks. (not in this report)", unknown.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_claims_per_verdict_per_source_and_in_total()
    {
        IElement[] tables = [.. _page.QuerySelectorAll("#summary table")];
        Dictionary<string, string> byVerdict = Rows(tables[0]);
        Dictionary<string, string> bySource = Rows(tables[1]);

        Assert.Equal(Verdicts.Default.Select(verdict => verdict.Label), byVerdict.Keys);
        foreach (Verdict verdict in Verdicts.Default)
        {
            Assert.Equal(Samples.Claims.Count(claim => claim.Verdict == verdict).ToString(System.Globalization.CultureInfo.InvariantCulture), byVerdict[verdict.Label]);
        }

        Assert.Equal("6", bySource["Iran is playing 4D chess"]);
        Assert.Equal("4", bySource["Soleimani's killing did not restore deterrence"]);
        Assert.All(tables, table => Assert.Equal("10", table.QuerySelector("tfoot td.count")?.TextContent));
    }

    [Fact]
    public void Each_bar_is_labelled_with_text_and_sized_by_its_count()
    {
        IElement row = _page.QuerySelectorAll("#summary table")[0].QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Mostly false");

        Assert.Equal("1", row.QuerySelector("td.count")?.TextContent);
        Assert.Equal("50", row.QuerySelector("svg rect")?.GetAttribute("width"));
    }

    [Fact]
    public void The_json_ld_holds_one_claim_review_per_claim()
    {
        using JsonDocument json = Pages.StructuredData(_page);
        JsonElement[] reviews = [.. json.RootElement.GetProperty("@graph").EnumerateArray()];

        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal(Samples.Claims.Count, reviews.Length);
        Assert.Single(_page.QuerySelectorAll("script[type='application/ld+json']"));
        foreach (Claim claim in Samples.Claims)
        {
            JsonElement review = reviews.Single(r => r.GetProperty("url").GetString() == "#claim-" + claim.Id);
            Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
            Assert.Equal(claim.Text, review.GetProperty("claimReviewed").GetString());
            Assert.Equal(JsonValueKind.String, review.GetProperty("datePublished").ValueKind);
            Assert.Equal(claim.Reviewer, review.GetProperty("author").GetProperty("name").GetString());

            JsonElement item = review.GetProperty("itemReviewed");
            Assert.Equal("Claim", item.GetProperty("@type").GetString());
            Assert.Equal(claim.Claimant ?? claim.Source.Author, item.GetProperty("author").GetProperty("name").GetString());
            Assert.Equal(claim.Source.Title, item.GetProperty("appearance").GetProperty("headline").GetString());
        }
    }

    [Fact]
    public void A_rating_has_a_value_and_scale_only_where_the_verdict_has_a_number()
    {
        using JsonDocument json = Pages.StructuredData(_page);
        foreach (JsonElement review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            Claim claim = Samples.Claims.Single(c => "#claim-" + c.Id == review.GetProperty("url").GetString());
            Verdict verdict = claim.Verdict;
            JsonElement rating = review.GetProperty("reviewRating");

            Assert.Equal(verdict.Label, rating.GetProperty("alternateName").GetString());
            if (verdict.Rating is { } value)
            {
                Assert.Equal(value, rating.GetProperty("ratingValue").GetInt32());
                Assert.Equal(verdict.Scale.BestRating, rating.GetProperty("bestRating").GetInt32());
                Assert.Equal(verdict.Scale.WorstRating, rating.GetProperty("worstRating").GetInt32());
            }
            else
            {
                Assert.False(rating.TryGetProperty("ratingValue", out _), $"{claim.Id} is rated though {verdict.Keyword} has no number.");
            }
        }
    }

    [Fact]
    public void Permalinks_in_the_json_ld_are_absolute_when_the_report_url_is_known()
    {
        ReportOptions options = Pages.Options with { ReportUrl = new Uri("https://checks.example.org/iran/report.html") };
        using JsonDocument json = Pages.StructuredData(Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, options)));

        Assert.Contains(
            json.RootElement.GetProperty("@graph").EnumerateArray(),
            review => review.GetProperty("url").GetString() == "https://checks.example.org/iran/report.html#claim-isis-defeated");
    }

    [Fact]
    public void Claims_appear_in_the_order_they_were_written()
    {
        Assert.Equal(
            Samples.Claims.OrderBy(claim => claim.Location.Line).Select(claim => "claim-" + claim.Id),
            _page.QuerySelectorAll("article.claim").Select(card => card.Id));
    }

    [Fact]
    public void Ids_are_unique()
    {
        string[] ids = [.. _page.QuerySelectorAll("[id]").Select(element => element.Id!)];

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_in_page_link_has_a_target()
    {
        foreach (IElement link in _page.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(_page.GetElementById(Uri.UnescapeDataString(link.GetAttribute("href")![1..])));
        }
    }

    private static string Context(string claimId)
    {
        string template = $$$"""
            {{ for c in claims }}{{ if c.id == '{{{claimId}}}' }}{{ if c.passage.clipped_before }}…{{ end }}{{ c.passage.before }}[{{ c.passage.text }}]{{ c.passage.after }}{{ if c.passage.clipped_after }}…{{ end }}{{ end }}{{ end }}
            """;
        return WebUtility.HtmlDecode(ReportRenderer.FromTemplate(template).Render(Samples.Claims, Samples.Sources, Pages.Options));
    }

    private IElement Card(Claim claim) => Card(claim.Id);

    [Fact]
    public void The_cards_come_in_runs_of_a_hundred_in_the_order_written()
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "One two.\n\nThree four five." };
        ClaimRecord[] claims = [.. Enumerable.Range(1, 250).Select(line => TestModel.Claim($"c{line}", $"Claim {line}.", Verdicts.True, Passages.Find(source, "two"), "c.check", line))];
        var model = TestModel.Build([source], claims);

        IHtmlDocument page = Pages.Parse(Pages.Render(model.Claims, model.Sources));

        IElement[] batches = [.. page.QuerySelectorAll("#claims > .claim-batch")];
        Assert.Equal([100, 100, 50], batches.Select(batch => batch.Children.Length));
        Assert.All(batches, batch => Assert.All(batch.Children, card => Assert.Equal("article", card.LocalName)));
        Assert.Equal(claims.Select(claim => "claim-" + claim.Id), batches.SelectMany(batch => batch.Children).Select(card => card.Id));
    }

    private IElement Card(string id) =>
        _page.GetElementById("claim-" + id) ?? throw new Xunit.Sdk.XunitException($"No element has the id claim-{id}.");

    private static Dictionary<string, string> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.QuerySelector("td.count")!.TextContent);

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
