using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FactCheck.Cli.Tests.Serve;

/// <summary>One headless Debian Chromium for the tests of <c>factcheck serve</c>, launched as the report's browser tests launch it.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The serve tests need Chromium at {ChromiumPath}: apt-get install -y chromium");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
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
