using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language;
using FactCheck.Reports;
using Microsoft.Playwright;

namespace FactCheck.Benchmarks.Browser;

/// <summary>
/// The 10,000-claim report as a reader meets it: rendered once to a file, then opened in headless Chromium through
/// Playwright, in a fresh browser context per run (nothing cached), to time its load, a verdict filter and two search
/// keystrokes. A benchmark, never a test: the machine's load moves these times.
/// </summary>
internal sealed class ReportPageBenchmark : IDisposable
{
    public const int Claims = 10_000;

    private const string ChromiumPath = "/usr/bin/chromium";

    // Generous: the page took over 5 s to load, and a keystroke 2 s, before the work this benchmark was written for.
    private const int TimeoutMilliseconds = 60_000;

    // A word of the seed texts: the first keystroke builds whatever the search reads, the second narrows it.
    private static readonly string[] s_searchKeys = ["i", "ir"];

    private static readonly ReportOptions s_options = new() { Title = "Benchmark", GeneratedAt = new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero) };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-report-page-" + Guid.NewGuid().ToString("N"));

    /// <summary>Gets the rendered page's path, once <see cref="Render"/> has run.</summary>
    public string ReportPath => Path.Combine(_folder, "report.html");

    /// <summary>Gets the page's size in bytes, once <see cref="Render"/> has run.</summary>
    public long ReportBytes => new FileInfo(ReportPath).Length;

    /// <summary>Renders the seeded corpus, through the runtime model as the other benchmarks do, to <see cref="ReportPath"/>.</summary>
    public void Render()
    {
        ClaimCorpus corpus = ClaimCorpus.Create(Claims);
        CheckModel model = CheckCompilation.Compile([new("checks/claims.check", CheckFormat.Write(corpus.Claims))], corpus.Sources).ToModel(path => path);
        Directory.CreateDirectory(_folder);
        using FileStream file = File.Create(ReportPath);
        ReportRenderer.Default.Write(file, model.Claims, model.Sources, s_options);
    }

    /// <summary>Opens the page <paramref name="warmups"/> times untimed, then <paramref name="runs"/> times timed.</summary>
    /// <exception cref="InvalidOperationException">Chromium is missing, or the page lacks a control or a claim card the benchmark drives.</exception>
    public async Task<IReadOnlyList<ReportPageRun>> MeasureAsync(int runs, int warmups = 1)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The report page benchmark needs Chromium at {ChromiumPath}: apt-get install -y chromium");
        }

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var measured = new List<ReportPageRun>(runs);
        for (int run = 0; run < warmups + runs; run++)
        {
            ReportPageRun result = await OpenOnceAsync(browser);
            if (run >= warmups)
            {
                measured.Add(result);
            }
        }

        return measured;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<ReportPageRun> OpenOnceAsync(IBrowser browser)
    {
        await using IBrowserContext context = await browser.NewContextAsync();
        IPage page = await context.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMilliseconds);
        await page.AddInitScriptAsync(PageScripts.RecordFirstCard);
        await page.GotoAsync(new Uri(ReportPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = TimeoutMilliseconds });

        JsonElement load = await page.EvaluateAsync<JsonElement>(PageScripts.ReadLoad, TimeoutMilliseconds);
        if (load.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidOperationException(
                $"No claim card ({PageScripts.ClaimCard}) was rendered within {TimeoutMilliseconds / 1000} s of the load event: the benchmark ends the load at the first one; if the page's markup changed, change {nameof(PageScripts)}.{nameof(PageScripts.ClaimCard)} and its scripts with it.");
        }

        string[] missing = await page.EvaluateAsync<string[]>(PageScripts.MissingControls, PageScripts.ControlIds);
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"The report has no element with the id {string.Join(", ", missing.Select(id => "#" + id))}: the benchmark drives #filter-verdict (a select), #filter-text (the search field) and reads #filter-status. Keep those ids, or change {nameof(PageScripts)} with the page.");
        }

        string[] verdicts = await page.EvaluateAsync<string[]>(PageScripts.VerdictChoices);
        if (verdicts.Length == 0)
        {
            throw new InvalidOperationException("#filter-verdict offers no verdict to choose: the benchmark needs at least one option with a value.");
        }

        (double filter, string filterStatus) = await ApplyAsync(page, "filter-verdict", verdicts[0], ["input", "change"]);
        await ApplyAsync(page, "filter-verdict", string.Empty, ["input", "change"]);
        (double firstKey, _) = await ApplyAsync(page, "filter-text", s_searchKeys[0], ["input"]);
        (double nextKey, string searchStatus) = await ApplyAsync(page, "filter-text", s_searchKeys[1], ["input"]);

        double loadEventEnd = load.GetProperty("loadEventEnd").GetDouble();
        double firstCard = load.GetProperty("firstCard").GetDouble();
        return new ReportPageRun(
            Math.Max(loadEventEnd, firstCard),
            load.GetProperty("domContentLoaded").GetDouble(),
            loadEventEnd,
            firstCard,
            filter,
            firstKey,
            nextKey,
            load.GetProperty("elements").GetInt32(),
            $"verdict '{verdicts[0]}': {filterStatus}",
            $"search '{s_searchKeys[1]}': {searchStatus}");
    }

    private static async Task<(double Milliseconds, string Status)> ApplyAsync(IPage page, string id, string value, string[] events)
    {
        JsonElement applied = await page.EvaluateAsync<JsonElement>(PageScripts.ApplyAndWait, new { id, value, events, timeoutMs = TimeoutMilliseconds });
        if (applied.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidOperationException(
                $"Setting #{id} to '{value}' did not write #filter-status within {TimeoutMilliseconds / 1000} s: the benchmark waits for the page to write the status after every filter or search.");
        }

        return (applied.GetProperty("milliseconds").GetDouble(), applied.GetProperty("status").GetString() ?? string.Empty);
    }
}
