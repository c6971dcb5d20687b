using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Reports.Tests;

/// <summary>The sample report in a real browser: Debian's Chromium, driven by Playwright.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every colour pair a reader has to read: [what, text colour, background], the background taken from the nearest
    // element that paints one.
    private const string ColourPairsScript = """
        () => {
          const background = element => {
            for (let e = element; e; e = e.parentElement) {
              const colour = getComputedStyle(e).backgroundColor;
              if (colour !== 'rgba(0, 0, 0, 0)') return colour;
            }
            return 'rgb(255, 255, 255)';
          };
          const selectors = ['body', 'h1', '.meta', '.badge', '.claim h3', '.claim .quoted mark', '.evidence mark', '.facts',
            '.facts bdi', '.facts time', '.claim figcaption', '.claim figcaption a', '.contents a', '.filters label', '#filter-text',
            '.source-text p', '.source-text mark', '.counts td', '.cite', '.legend dd', '.corrections time', '.corrections bdi',
            '.correction-list a', '.correction-list bdi'];
          return selectors.flatMap(selector => [...document.querySelectorAll(selector)].map(e =>
            [selector + ' ' + e.className, getComputedStyle(e).color, background(e)]));
        }
        """;

    private const string BarColoursScript = """
        () => [...document.querySelectorAll('.counts rect')]
          .filter(rect => rect.getAttribute('width') !== '0')
          .map(rect => [getComputedStyle(rect).fill, getComputedStyle(document.body).backgroundColor])
        """;

    [Fact]
    public async Task The_page_runs_without_console_errors_and_makes_no_request()
    {
        var errors = new List<string>();
        var requests = new List<string>();
        IPage page = await NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(browser.ReportUri.AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The filters are revealed by the page's script, so seeing them proves the policy let exactly that script run.
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        await Expect(page.Locator("#filter-status")).ToHaveTextAsync("Showing all 10 claims.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.OutputFolder, "report.png") });
        Assert.Empty(errors);
        Assert.Equal([browser.ReportUri.AbsoluteUri], requests);
    }

    [Fact]
    public async Task A_report_full_of_hostile_text_opens_with_no_dialog_console_error_or_request()
    {
        RandomText random = RandomText.Create(0, 200);
        string report = Path.Combine(browser.OutputFolder, "hostile.html");
        await File.WriteAllTextAsync(report, Pages.Render(random.Claims, [random.Source]), TestContext.Current.CancellationToken);
        string address = new Uri(report).AbsoluteUri;
        var problems = new List<string>();
        var requests = new List<string>();
        IPage page = await NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Dialog += (_, dialog) => problems.Add("dialog: " + dialog.Message);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("#filter-status")).ToHaveTextAsync("Showing all 200 claims.");
        await page.Locator("#filter-text").FillAsync(random.Payloads[1]);

        Assert.Empty(problems);
        Assert.Equal([address], requests);
    }

    [Fact]
    public async Task The_corrections_render_on_their_cards_and_in_their_section_whose_links_lead_to_the_claims()
    {
        IPage page = await OpenReportAsync();

        await Expect(page.Locator("#claim-isis-defeated .corrections li")).ToHaveCountAsync(2);
        await page.ClickAsync("nav.contents a[href='#corrections']");
        await Expect(page.Locator("#corrections-heading")).ToBeInViewportAsync();
        await Expect(page.Locator("#corrections ol > li")).ToHaveCountAsync(4);
        await page.Locator("#corrections ol > li").Nth(1).Locator("a").ClickAsync();

        Assert.EndsWith("#claim-us-bases-in-iran", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#claim-us-bases-in-iran .corrections")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Filtering_by_verdict_and_source_shows_only_matching_claims()
    {
        IPage page = await OpenReportAsync();

        await page.SelectOptionAsync("#filter-verdict", "true");
        Assert.Equal(["claim-5200-soldiers", "claim-camp-taji"], await VisibleClaimsAsync(page));
        await Expect(page.Locator("#filter-status")).ToHaveTextAsync("Showing 2 of 10 claims.");

        await page.SelectOptionAsync("#filter-source", "004");
        Assert.Equal(["claim-camp-taji"], await VisibleClaimsAsync(page));

        await page.ClickAsync("#filters button[type=reset]");
        Assert.Equal(10, (await VisibleClaimsAsync(page)).Length);
    }

    [Fact]
    public async Task A_run_of_cards_the_filters_empty_takes_no_room_and_one_they_thin_is_estimated_at_the_cards_left()
    {
        IPage page = await OpenReportAsync();
        ILocator batch = page.Locator(".claim-batch");

        await page.SelectOptionAsync("#filter-verdict", "true");
        Assert.Equal("auto 44rem", await batch.EvaluateAsync<string>("run => run.style.containIntrinsicSize"));

        await page.FillAsync("#filter-text", "zebra unicorn");
        await Expect(batch).ToBeHiddenAsync();

        await page.ClickAsync("#filters button[type=reset]");
        await Expect(batch).ToBeVisibleAsync();
        Assert.Equal(string.Empty, await batch.EvaluateAsync<string>("run => run.style.containIntrinsicSize"));
    }

    [Fact]
    public async Task The_search_finds_claims_by_any_of_their_text()
    {
        IPage page = await OpenReportAsync();

        await page.FillAsync("#filter-text", "camp taji");
        Assert.Equal(["claim-camp-taji", "claim-kataib-credit"], await VisibleClaimsAsync(page));

        // The claimant and a tag: every word must be somewhere in the claim's own words.
        await page.FillAsync("#filter-text", "duns prediction");
        Assert.Equal(["claim-4d-chess"], await VisibleClaimsAsync(page));

        await page.FillAsync("#filter-text", "zebra unicorn");
        Assert.Empty(await VisibleClaimsAsync(page));
        await Expect(page.Locator("#no-match")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_filters_are_reachable_by_keyboard()
    {
        IPage page = await OpenReportAsync();

        for (int presses = 0; presses < 20 && await FocusedIdAsync(page) != "filter-text"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("filter-text", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("katyusha");
        Assert.Equal(["claim-camp-taji"], await VisibleClaimsAsync(page));
    }

    [Fact]
    public async Task A_permalink_opens_on_its_claim()
    {
        IPage page = await NewPageAsync();

        await page.GotoAsync(browser.ReportUri.AbsoluteUri + "#claim-imminent-threat");

        Assert.Equal("claim-imminent-threat", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        await Expect(page.Locator("#claim-imminent-threat h3")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_highlighted_passage_leads_to_its_claim_even_when_the_filters_hide_it()
    {
        IPage page = await OpenReportAsync();
        await page.SelectOptionAsync("#filter-verdict", "false");
        await Expect(page.Locator("#claim-camp-taji")).ToBeHiddenAsync();

        await page.ClickAsync("#source-004 a[href='#claim-camp-taji']");

        Assert.EndsWith("#claim-camp-taji", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#claim-camp-taji h3")).ToBeInViewportAsync();
        Assert.Equal(10, (await VisibleClaimsAsync(page)).Length);
    }

    [Fact]
    public async Task Pointing_at_a_highlighted_run_names_every_claim_that_quotes_it()
    {
        IPage page = await OpenReportAsync();
        ILocator run = page.Locator("#source-004 a[data-claims='kataib-credit kataib-iran-intel']");

        await run.HoverAsync();

        Assert.Equal(
            "Contested: Kata'ib Hezbollah appeared to take credit for the Camp Taji attack. | Mostly true: Kata'ib Hezbollah is close to Iranian intelligence.",
            await run.GetAttributeAsync("title"));
    }

    [Fact]
    public async Task A_claim_leads_to_its_passage_in_the_source()
    {
        IPage page = await OpenReportAsync();

        await page.ClickAsync("#claim-4d-chess figcaption a[href='#passage-4d-chess']");

        await Expect(page.Locator("#source-000 mark.v-opinion")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Without_javascript_every_claim_is_readable()
    {
        await using IBrowserContext context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        IPage page = await context.NewPageAsync();

        await page.GotoAsync(browser.ReportUri.AbsoluteUri);

        await Expect(page.Locator("#filters")).ToBeHiddenAsync();
        Assert.Equal(10, (await VisibleClaimsAsync(page)).Length);
    }

    [Fact]
    public async Task Printing_leaves_out_the_filters()
    {
        IPage page = await OpenReportAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator("#filters")).ToBeHiddenAsync();
        await Expect(page.Locator("#claim-isis-defeated")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Text_and_bars_pass_wcag_aa_contrast(string scheme)
    {
        IPage page = await OpenReportAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        if (scheme == "dark")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.OutputFolder, "report-dark.png") });
        }

        string[][] pairs = await page.EvaluateAsync<string[][]>(ColourPairsScript);
        string[][] bars = await page.EvaluateAsync<string[][]>(BarColoursScript);

        Assert.True(pairs.Length > 50, $"Only {pairs.Length} colour pairs were measured.");
        Assert.All(pairs, pair => Assert.True(Contrast.Ratio(pair[1], pair[2]) >= 4.5, $"{pair[0]}: {pair[1]} on {pair[2]} in {scheme}"));
        Assert.NotEmpty(bars);
        Assert.All(bars, bar => Assert.True(Contrast.Ratio(bar[0], bar[1]) >= 3, $"bar {bar[0]} on {bar[1]} in {scheme}"));
        Assert.Equal(scheme == "dark", Contrast.Ratio(pairs[0][2], "rgb(0, 0, 0)") < 2);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_declared_scales_colours_pass_wcag_aa_contrast_and_the_policy_lets_its_rules_apply(string scheme)
    {
        string path = Path.Combine(browser.OutputFolder, "house-scale.html");
        await File.WriteAllTextAsync(path, Pages.Render(Samples.OnHouseScale, Samples.Sources), TestContext.Current.CancellationToken);
        IPage page = await NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();

        string[][] pairs = await page.EvaluateAsync<string[][]>(ColourPairsScript);
        string[][] bars = await page.EvaluateAsync<string[][]>(BarColoursScript);

        Assert.All(pairs, pair => Assert.True(Contrast.Ratio(pair[1], pair[2]) >= 4.5, $"{pair[0]}: {pair[1]} on {pair[2]} in {scheme}"));
        Assert.All(bars, bar => Assert.True(Contrast.Ratio(bar[0], bar[1]) >= 3, $"bar {bar[0]} on {bar[1]} in {scheme}"));

        // The declared colour, not the default palette's, paints the badge: the hashed rules were applied.
        string badge = await page.Locator("#claim-isis-defeated > .badge").EvaluateAsync<string>("badge => getComputedStyle(badge).backgroundColor");
        Assert.Equal(scheme == "dark" ? "rgb(255, 154, 92)" : "rgb(166, 60, 0)", badge);
    }

    private async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light)
    {
        IBrowserContext context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    private async Task<IPage> OpenReportAsync(ColorScheme scheme = ColorScheme.Light)
    {
        IPage page = await NewPageAsync(scheme);
        await page.GotoAsync(browser.ReportUri.AbsoluteUri);
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        return page;
    }

    private static async Task<string[]> VisibleClaimsAsync(IPage page) =>
        [.. (await page.Locator("article.claim:visible").EvaluateAllAsync<string[]>("cards => cards.map(card => card.id)")).Order(StringComparer.Ordinal)];

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement.id");
}
