using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using FactCheck.Language;
using FactCheck.Language.Sources;
using FactCheck.Testing;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>Every element id is unique and every in-page link lands on an element, whatever the ids of claims and sources.</summary>
public sealed class IdTests
{
    // Pieces that build ids meant to collide with the page's own: another kind's prefix, a suffix a kind once added.
    private static readonly string[] s_pieces = ["x", "-", "text", "title", "claim", "passage", "para", "source", "sourcetitle", "1", "000", "summary", "filter"];

    [Fact]
    public void Ids_built_to_collide_stay_apart_and_each_link_lands_on_its_own_element()
    {
        var first = new SourceRecord { Id = "000", FileName = "000.txt", Text = "Alpha beta.\n\nGamma delta." };
        var second = new SourceRecord { Id = "000-title", FileName = "000-title.txt", Text = "Epsilon zeta." };
        var third = new SourceRecord { Id = "title", FileName = "title.txt", Text = "Eta theta." };
        ClaimRecord x = TestModel.Claim("x", "Claim x.", Verdicts.True, Passages.Find(first, "Alpha"), "c.check", 1);
        ClaimRecord xText = TestModel.Claim("x-text", "Claim x-text.", Verdicts.False, Passages.Find(first, "Gamma"), "c.check", 2);
        ClaimRecord passage = TestModel.Claim("passage-x", "Claim passage-x.", Verdicts.Mixed, Passages.Find(second, "Epsilon"), "c.check", 3);
        ClaimRecord other = TestModel.Claim("1-000", "Claim 1-000.", Verdicts.Opinion, Passages.Find(third, "Eta"), "c.check", 4);
        xText.Supports.Add("x");
        x.Supports.Add("x-text");
        var model = TestModel.Build([first, second, third], x, xText, passage, other);

        IHtmlDocument page = Pages.Parse(Pages.Render(model.Claims, model.Sources));

        AssertIdsAreUniqueAndLinksLand(page);
        Assert.Equal("Claim x-text.", Target(page, "#claim-x-text").QuerySelector("h3")?.TextContent);
        Assert.Equal("Claim x.", Target(page, "#claim-x").QuerySelector("h3")?.TextContent);
        Assert.Equal("Claim x-text.", Target(page, Card(page, "x").QuerySelector(".claim-links a")!.GetAttribute("href")!).QuerySelector("h3")?.TextContent);
        Assert.Equal("000-title.txt", Target(page, "#source-000-title").QuerySelector("h3")?.TextContent);
        Assert.Equal("000.txt", Target(page, "#source-000").QuerySelector("h3")?.TextContent);
        Assert.Equal("Gamma", Target(page, Card(page, "x-text").QuerySelector(".quoted figcaption a[href^='#passage-']")!.GetAttribute("href")!).ParentElement?.TextContent);
        using JsonDocument json = Pages.StructuredData(page);
        Assert.Equal(
            ["#claim-x", "#claim-x-text", "#claim-passage-x", "#claim-1-000"],
            json.RootElement.GetProperty("@graph").EnumerateArray().Select(review => review.GetProperty("url").GetString()));
    }

    [Fact]
    public void The_sample_checks_have_unique_ids_and_no_dangling_link()
    {
        AssertIdsAreUniqueAndLinksLand(Pages.RenderSamples());
    }

    [Fact]
    public void The_bundled_checks_have_unique_ids_and_no_dangling_link()
    {
        CheckCompilation compilation = CheckCompilation.Compile(Files("checks", "*.check"), Files("seeds", "*.txt"));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        CheckModel model = compilation.ToModel(path => path);

        // With no time: the samples' time (2020) is before the bundled checks' corrections, which the renderer would refuse.
        IHtmlDocument page = Pages.Parse(Pages.Render(model.Claims, model.Sources, Pages.Options with { GeneratedAt = null }));

        Assert.NotNull(page.GetElementById("corrections"));
        Assert.True(model.Claims.Count >= 20, $"Only {model.Claims.Count} bundled claims.");
        Assert.Equal(model.Claims.Count, page.QuerySelectorAll("article.claim").Length);
        AssertIdsAreUniqueAndLinksLand(page);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_ids_give_unique_ids_and_no_dangling_link(int batch)
    {
        var random = new Random(FuzzSettings.For(FuzzSettings.Seed, batch));
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        while (sourceIds.Count < 4)
        {
            sourceIds.Add(RandomId(random));
        }

        SourceRecord[] sources = [.. sourceIds.Select(id => new SourceRecord { Id = id, FileName = id + ".txt", Text = "One two.\n\nThree four five.\n\nSix." })];
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        while (claimIds.Count < 30)
        {
            claimIds.Add(RandomId(random));
        }

        string[] words = ["One", "two", "Three four", "five", "Six"];
        string[] ids = [.. claimIds];
        ClaimRecord[] claims =
        [
            .. ids.Select((id, index) =>
            {
                SourceRecord source = sources[random.Next(sources.Length)];
                ClaimRecord claim = TestModel.Claim(id, "Claim " + id, Verdicts.True, Passages.Find(source, words[random.Next(words.Length)]), "random.check", index + 1);
                claim.Supports.Add(ids[random.Next(ids.Length)]);
                claim.Evidence.Add(TestModel.Quote(sources[random.Next(sources.Length)], words[random.Next(words.Length)]));
                return claim;
            }),
        ];
        var model = TestModel.Build(sources, claims);

        AssertIdsAreUniqueAndLinksLand(Pages.Parse(Pages.Render(model.Claims, model.Sources)), $"batch {batch}, seed {FuzzSettings.Seed}");
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 20));

    private static string RandomId(Random random)
    {
        int count = random.Next(1, 5);
        string id = string.Concat(Enumerable.Range(0, count).Select(_ => s_pieces[random.Next(s_pieces.Length)]));
        return char.IsAsciiLetterOrDigit(id[0]) ? id : "x" + id;
    }

    private static void AssertIdsAreUniqueAndLinksLand(IHtmlDocument page, string because = "")
    {
        string[] ids = [.. page.QuerySelectorAll("[id]").Select(element => element.Id!)];
        string[] repeated = [.. ids.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key)];
        Assert.True(repeated.Length == 0, $"Repeated ids {string.Join(", ", repeated)} {because}");
        foreach (IElement link in page.QuerySelectorAll("[href^='#']"))
        {
            string href = link.GetAttribute("href")!;
            Assert.True(page.GetElementById(Uri.UnescapeDataString(href[1..])) is not null, $"{href} has no target {because}");
        }

        Assert.Equal(
            page.QuerySelectorAll("article.claim").Select(card => card.Id),
            page.QuerySelectorAll("article.claim").Select(card => "claim-" + card.QuerySelector("h3 > a")!.GetAttribute("href")![("#claim-".Length)..]));
    }

    private static TextFile[] Files(string folder, string pattern) =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), pattern)
            .Order(StringComparer.Ordinal)
            .Select(path => new TextFile(Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'), File.ReadAllText(path))),
    ];

    private static IElement Card(IHtmlDocument page, string claimId) => Target(page, "#claim-" + claimId);

    private static IElement Target(IHtmlDocument page, string href) =>
        page.GetElementById(Uri.UnescapeDataString(href[1..])) ?? throw new Xunit.Sdk.XunitException($"No element has the id of {href}.");
}
