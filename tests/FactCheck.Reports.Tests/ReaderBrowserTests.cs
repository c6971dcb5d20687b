using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactCheck.Compiled;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Reports.Tests;

/// <summary>The page as a reader meets it in Chromium: right-to-left names, long names on a phone, and the search.</summary>
public sealed class ReaderBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Soleimani = "قاسم سليماني";

    // Where each piece of text is drawn, as [left, right], whatever elements wrap it.
    private const string TextBoxesScript = """
        (caption, pieces) => {
          const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
          const nodes = [];
          while (walker.nextNode()) nodes.push(walker.currentNode);
          return pieces.map(piece => {
            for (const node of nodes) {
              const at = node.textContent.indexOf(piece);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + piece.length);
              const boxes = [...range.getClientRects()];
              return [Math.min(...boxes.map(box => box.left)), Math.max(...boxes.map(box => box.right))];
            }
            throw new Error('No text ' + piece);
          });
        }
        """;

    [Theory]
    [InlineData(Soleimani)]
    [InlineData("\u202EStray override")]
    public async Task A_right_to_left_name_never_reorders_the_caption_around_it(string author)
    {
        var source = new SourceRecord
        {
            Id = "iran",
            FileName = "iran.txt",
            Text = "The general was killed near Baghdad airport.",
            Title = "Strike",
            Author = author,
            Published = new CalendarDate(2020, 1, 5),
        };
        ClaimRecord claim = TestModel.Claim("strike", "The general was killed in Baghdad.", Verdicts.True, Passages.Find(source, "killed near Baghdad airport"), "c.check", 1);
        TestModel.SetTexts(claim, claimant: author);
        ClaimRecord other = TestModel.Claim("other", Soleimani + " was killed.", Verdicts.True, Passages.Find(source, "The general"), "c.check", 2);
        claim.Supports.Add("other");
        var model = TestModel.Build([source], claim, other);
        IPage page = await OpenAsync(model.Claims, model.Sources, "direction.html", 1280);

        string[] pieces = ["Strike", " by ", author, "5 January 2020", "line 1"];
        double[][] boxes = await page.Locator("#claim-strike .quoted figcaption").EvaluateAsync<double[][]>(TextBoxesScript, pieces);

        // Drawn in the order written: the title, "by", the name, the date, the line; each to the right of the one before.
        for (int i = 1; i < pieces.Length; i++)
        {
            Assert.True(boxes[i][0] >= boxes[i - 1][1] - 0.5, $"'{pieces[i]}' ({boxes[i][0]}) is drawn before '{pieces[i - 1]}' ({boxes[i - 1][1]})");
        }

        // As claimant the name keeps its own direction in its own box; a link to a claim whose text is Arabic keeps its badge after it.
        Assert.Equal(author.StartsWith('\u202E') ? "ltr" : "rtl", await page.Locator("#claim-strike .facts .claimant").EvaluateAsync<string>("name => getComputedStyle(name).direction"));
        Assert.Equal("ltr", await page.Locator("#claim-strike h3").EvaluateAsync<string>("h3 => getComputedStyle(h3).direction"));
        double linkRight = await page.Locator("#claim-strike .claim-links a").EvaluateAsync<double>("a => a.getBoundingClientRect().right");
        double badgeLeft = await page.Locator("#claim-strike .claim-links .badge").EvaluateAsync<double>("b => b.getBoundingClientRect().left");
        Assert.True(badgeLeft >= linkRight, $"The badge ({badgeLeft}) is drawn before the link ({linkRight}).");
    }

    [Theory]
    [InlineData(375)]
    [InlineData(800)]
    public async Task Nothing_scrolls_sideways_however_long_a_name(int width)
    {
        string endless = string.Concat(Enumerable.Repeat("Unbroken_file_name_of_a_source_", 12));
        var source = new SourceRecord { Id = "long", FileName = endless + ".txt", Text = endless + " is a word. And more.", Author = endless, Url = "https://example.org/" + endless };
        ClaimRecord claim = TestModel.Claim("a-claim-with-a-long-" + endless.ToLowerInvariant().Replace('_', '-'), endless, Verdicts.MostlyFalse, Passages.Find(source, endless), "checks/" + endless + ".check", 1);
        TestModel.SetTexts(claim, claimant: endless, note: endless, reviewer: endless, endless.ToLowerInvariant());
        claim.Evidence.Add(TestModel.Link("https://example.org/" + endless));
        claim.Evidence.Add(TestModel.Quote(source, endless));
        var model = TestModel.Build([source], claim);
        IPage page = await OpenAsync(model.Claims, model.Sources, $"long-{width}.html", width, Pages.Options with { Title = endless });

        // Off-screen cards are not laid out (content-visibility: auto): lay everything out before measuring.
        await page.EvaluateAsync("() => document.querySelectorAll('.claim, .source').forEach(e => e.style.contentVisibility = 'visible')");
        int[] widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
    }

    [Fact]
    public async Task The_search_folds_like_quotes_and_reads_only_the_claims_own_words()
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "Un e\u0301clair au chocolat. The \u201Cpeace\u201D plan \u2014 signed. Nothing here." };
        ClaimRecord eclair = TestModel.Claim("eclair", "Un e\u0301clair au chocolat.", Verdicts.Opinion, Passages.Find(source, "Un e\u0301clair au chocolat."), "c.check", 1);
        ClaimRecord peace = TestModel.Claim("peace", "The \u201Cpeace\u201D plan \u2014 signed.", Verdicts.True, Passages.Find(source, "The \u201Cpeace\u201D plan \u2014 signed."), "c.check", 2);
        TestModel.SetTexts(peace, note: "Accurate as far as it goes.");
        ClaimRecord plain = TestModel.Claim("plain", "Nothing here.", Verdicts.Mixed, Passages.Find(source, "Nothing here."), "c.check", 3);
        var model = TestModel.Build([source], eclair, peace, plain);
        IPage page = await OpenAsync(model.Claims, model.Sources, "search.html", 1280);

        await page.FillAsync("#filter-text", "\u00C9CLAIR");
        Assert.Equal(["claim-eclair"], await VisibleClaimsAsync(page));

        await page.FillAsync("#filter-text", "\"peace\" plan - signed");
        Assert.Equal(["claim-peace"], await VisibleClaimsAsync(page));

        // The verdict descriptions and labels on the page say "accurate" and "permalink"; only one claim's own note does.
        await page.FillAsync("#filter-text", "accurate");
        Assert.Equal(["claim-peace"], await VisibleClaimsAsync(page));
        await page.FillAsync("#filter-text", "permalink");
        Assert.Empty(await VisibleClaimsAsync(page));
        await page.FillAsync("#filter-text", "evidence claimed");
        Assert.Empty(await VisibleClaimsAsync(page));

        // The verdict's name and the source are the claim's own.
        await page.FillAsync("#filter-text", "mixed s.txt");
        Assert.Equal(["claim-plain"], await VisibleClaimsAsync(page));
    }

    [Fact]
    public async Task The_status_counts_with_the_right_plural()
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "Only one." };
        var model = TestModel.Build([source], TestModel.Claim("one", "Only one.", Verdicts.True, Passages.Find(source, "Only one."), "c.check", 1));
        IPage page = await OpenAsync(model.Claims, model.Sources, "one.html", 1280);

        await Expect(page.Locator("#filter-status")).ToHaveTextAsync("Showing all 1 claim.");
        await page.FillAsync("#filter-text", "zebra");
        await Expect(page.Locator("#filter-status")).ToHaveTextAsync("Showing 0 of 1 claim.");
    }

    private async Task<IPage> OpenAsync(IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, string fileName, int width, ReportOptions? options = null)
    {
        string path = Path.Combine(browser.OutputFolder, fileName);
        await File.WriteAllTextAsync(path, Pages.Render(claims, sources, options), Encoding.UTF8, TestContext.Current.CancellationToken);
        IBrowserContext context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        IPage page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        Assert.Empty(errors);
        return page;
    }

    private static async Task<string[]> VisibleClaimsAsync(IPage page) =>
        [.. (await page.Locator("article.claim:visible").EvaluateAllAsync<string[]>("cards => cards.map(card => card.id)")).Order(StringComparer.Ordinal)];
}
