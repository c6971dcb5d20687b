using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>
/// One headless Chromium for all the browser tests, and the sample report written once for it to open. Playwright cannot
/// download its own browser here, so it drives Debian's; when that is missing every browser test fails, never skips.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the folder the report and screenshots are written to, beside the test assembly.</summary>
    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser");

    /// <summary>Gets the address of the sample report.</summary>
    public Uri ReportUri { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium");
        }

        Directory.CreateDirectory(OutputFolder);
        string report = Path.Combine(OutputFolder, "report.html");
        await File.WriteAllTextAsync(report, Pages.Render(Samples.Claims, Samples.Sources));
        ReportUri = new Uri(report);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
