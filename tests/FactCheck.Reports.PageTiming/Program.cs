using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Benchmarks;
using Microsoft.Playwright;

namespace FactCheck.Reports.PageTiming;

/// <summary>
/// Renders the benchmarks' seeded corpus (10,000 claims unless a count is given) and times the page in Debian's
/// Chromium: load, a verdict filter change, a source filter change and each keystroke of a search, each until the next
/// frame is drawn. Run by hand: <c>dotnet run -c Release --project tests/FactCheck.Reports.PageTiming [-- CLAIMS]</c>.
/// </summary>
public static class Program
{
    private const int Rounds = 5;

    // Applies a change the way a reader makes it, then waits for the frame that shows it.
    private const string ChangeScript = """
        async ([id, value]) => {
          const control = document.getElementById(id);
          const start = performance.now();
          control.value = value;
          control.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return [String(performance.now() - start), document.getElementById('filter-status').textContent];
        }
        """;

    public static async Task Main(string[] args)
    {
        // A page already written (such as a variant made by hand) is timed as it is.
        if (args is [string page] && page.EndsWith(".html", StringComparison.Ordinal))
        {
            await TimeAsync(page, claims: 10_000);
            return;
        }

        int claims = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var render = new RenderBenchmarks { Claims = claims };
        render.CreateChecks();
        render.WriteToStream();
        var clock = Stopwatch.StartNew();
        render.WriteToStream();
        Console.WriteLine($"render to a stream (warm): {clock.ElapsedMilliseconds} ms");

        string path = Path.Combine(Path.GetTempPath(), $"factcheck-report-{claims}.html");
        await File.WriteAllTextAsync(path, render.RenderToString());
        await TimeAsync(path, claims);
    }

    private static async Task TimeAsync(string path, int claims)
    {
        long bytes = new FileInfo(path).Length;
        Console.WriteLine($"page: {path}, {bytes / 1e6:0.0} MB, {bytes / claims:N0} bytes a claim");

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });

        var loads = new double[Rounds];
        var domReady = new double[Rounds];
        var verdicts = new double[Rounds];
        var sources = new double[Rounds];
        var keystrokes = new System.Collections.Generic.List<double>();
        var firstKeystrokes = new double[Rounds];
        int elements = 0;
        for (int round = 0; round < Rounds; round++)
        {
            await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            loads[round] = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
            domReady[round] = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domInteractive");
            elements = await page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
            verdicts[round] = (await page.EvaluateAsync<string[]>(ChangeScript, new[] { "filter-verdict", "false" })).Select(Parse).First();
            await page.EvaluateAsync(ChangeScript, new[] { "filter-verdict", "" });
            sources[round] = (await page.EvaluateAsync<string[]>(ChangeScript, new[] { "filter-source", "001" })).Select(Parse).First();
            await page.EvaluateAsync(ChangeScript, new[] { "filter-source", "" });
            const string Query = "soleimani";
            for (int length = 1; length <= Query.Length; length++)
            {
                double time = Parse((await page.EvaluateAsync<string[]>(ChangeScript, new[] { "filter-text", Query[..length] }))[0]);
                if (length == 1)
                {
                    firstKeystrokes[round] = time;
                }

                keystrokes.Add(time);
            }
        }

        Console.WriteLine($"elements: {elements:N0}");
        Console.WriteLine($"load (loadEventEnd), median of {Rounds}: {Median(loads):0} ms (all: {string.Join(", ", loads.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"parsed (domInteractive), median: {Median(domReady):0} ms");
        Console.WriteLine($"verdict filter to next frame, median: {Median(verdicts):0} ms, max {verdicts.Max():0} ms");
        Console.WriteLine($"source filter to next frame, median: {Median(sources):0} ms, max {sources.Max():0} ms");
        Console.WriteLine($"search keystroke to next frame, median: {Median([.. keystrokes]):0} ms, max {keystrokes.Max():0} ms; first keystroke median {Median(firstKeystrokes):0} ms");
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }
}
