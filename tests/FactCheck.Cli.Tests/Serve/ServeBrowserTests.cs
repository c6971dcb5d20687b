using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Cli.Tests.Serve;

/// <summary>
/// <c>factcheck serve</c> as an analyst uses it: the real process on a copy of checks and seeds, the page open in Chromium,
/// files changed on disk. Each wait is bounded (the page must follow within 2 s); none is measured.
/// </summary>
public sealed class ServeBrowserTests : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string ClaimLine = "claim: 'The world is waiting for Iran\\'s response' source: 000 status: true";

    private static readonly LocatorAssertionsToHaveTextOptions s_withinTwoSeconds = new() { Timeout = 2_000 };

    private readonly ChromiumFixture _chromium;
    private readonly Workspace _workspace = new();
    private readonly HttpClient _client = new();
    private readonly List<string> _consoleErrors = [];
    private ServeProcess _server = null!;
    private IPage _page = null!;

    public ServeBrowserTests(ChromiumFixture chromium)
    {
        _chromium = chromium;
    }

    private ILocator Badge => _page.Locator("#claim-world-waiting > .badge");

    public async ValueTask InitializeAsync()
    {
        _workspace.Write("checks/claims.check", Workspace.ValidChecks);
        _server = await ServeProcess.StartAsync(_workspace.Root);
        _page = await _chromium.Browser.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        await _page.GotoAsync(_server.Address.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _page.CloseAsync();
        await _server.DisposeAsync();
        _client.Dispose();
        _workspace.Dispose();
    }

    [Fact]
    public async Task A_verdict_changed_on_disk_shows_in_the_open_page()
    {
        await Expect(Badge).ToHaveTextAsync(Verdicts.True.Label);

        WriteClaims(ClaimLine.Replace("status: true", "status: mostly-false", StringComparison.Ordinal));

        await Expect(Badge).ToHaveTextAsync(Verdicts.MostlyFalse.Label, s_withinTwoSeconds);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task An_error_shows_fc0005_at_its_line_and_fixing_it_brings_the_report_back()
    {
        string broken = ClaimLine.Replace("status: true", "status: ture", StringComparison.Ordinal);
        WriteClaims(broken);

        ILocator row = _page.Locator("tr", new PageLocatorOptions { HasText = "FC0005" });
        await Expect(row).ToHaveTextAsync(new Regex("ture"), s_withinTwoSeconds);
        string[] cells = [.. (await row.Locator("td").AllTextContentsAsync())];
        Assert.Equal(["checks/claims.check", "1", (broken.IndexOf("ture", StringComparison.Ordinal) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "error", "FC0005"], cells[..5]);
        Assert.Contains("Did you mean 'true'?", cells[5], StringComparison.Ordinal);
        Assert.Equal("/last-good", await _page.GetByRole(AriaRole.Link, new() { Name = "The last good report" }).GetAttributeAsync("href"));

        WriteClaims(ClaimLine.Replace("status: true", "status: misleading", StringComparison.Ordinal));

        await Expect(Badge).ToHaveTextAsync(Verdicts.Misleading.Label, s_withinTwoSeconds);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task The_last_good_report_is_one_click_from_the_errors()
    {
        WriteClaims(ClaimLine.Replace("status: true", "status: ture", StringComparison.Ordinal));
        await Expect(_page.Locator("h1")).ToHaveTextAsync("1 error stops the report", s_withinTwoSeconds);

        await _page.GetByRole(AriaRole.Link, new() { Name = "The last good report" }).ClickAsync();

        await Expect(Badge).ToHaveTextAsync(Verdicts.True.Label);
        Assert.EndsWith("/last-good", _page.Url, StringComparison.Ordinal);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Two_quick_saves_give_one_run()
    {
        int before = await _server.RunAsync(_client);

        WriteClaims(ClaimLine.Replace("status: true", "status: false", StringComparison.Ordinal));

        // An editor saving twice in a row: far less than the quiet time apart, yet in two separate bursts of changes.
        await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        WriteClaims(ClaimLine.Replace("status: true", "status: mixed", StringComparison.Ordinal));
        await Expect(Badge).ToHaveTextAsync(Verdicts.Mixed.Label, s_withinTwoSeconds);

        // A run for each save would have given two by now, or would give one more with the next save: the count tells.
        WriteClaims(ClaimLine.Replace("status: true", "status: opinion", StringComparison.Ordinal));
        await Expect(Badge).ToHaveTextAsync(Verdicts.Opinion.Label, s_withinTwoSeconds);

        Assert.Equal(before + 2, await _server.RunAsync(_client));
    }

    private void WriteClaims(string firstLine) =>
        _workspace.Write("checks/claims.check", firstLine + Workspace.ValidChecks[ClaimLine.Length..]);
}
