using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactCheck.Benchmarks.Browser;
using FactCheck.Benchmarks.Projects;

namespace FactCheck.Benchmarks.Quick;

/// <summary>The short version of every benchmark, for <c>--quick</c>: a table and the ratio lines.</summary>
internal static class QuickRun
{
    // The edit run calls much of the driver only once per run: with a single warm-up it was timed partly as
    // unoptimised first-tier code, about twice what BenchmarkDotNet measures.
    private const int GeneratorWarmups = 4;

    // Untimed builds of each project, in turns, before the warm builds are timed.
    private const int SteadyStateBuilds = 8;

    public static void Run()
    {
        var runner = new QuickRunner();
        foreach (int claims in new[] { 1_000, 10_000 })
        {
            string size = claims == 1_000 ? "1k" : "10k";
            var parse = new ParseBenchmarks { Claims = claims };
            parse.CreateTexts();
            int iterations = claims == 1_000 ? 15 : 9;

            // A 1k parse takes milliseconds: with one warm-up round all three parsers were timed largely as first-tier
            // JIT code, not the steady state BenchmarkDotNet measures; twenty rounds let the JIT optimise each alike.
            int warmupRounds = claims == 1_000 ? 20 : 2;
            QuickMeasurement[] parsers = runner.MeasureInTurns(
                iterations,
                warmupRounds,
                ($"parse-factcheck-{size}", () => parse.FactCheck(), allocated => PerClaim(allocated, claims, parse.CheckLength)),
                ($"parse-gherkin-{size}", () => parse.Gherkin(), null),
                ($"parse-yaml-{size}", () => parse.Yaml(), null));
            (QuickMeasurement ours, QuickMeasurement gherkin, QuickMeasurement yaml) = (parsers[0], parsers[1], parsers[2]);
            runner.Ratio($"parse-vs-gherkin-{size}", gherkin, ours);
            runner.Ratio($"parse-vs-yaml-{size}", yaml, ours);

            var validate = new ValidateBenchmarks { Claims = claims };
            validate.CreateFiles();
            runner.Measure($"parse-and-validate-{size}", iterations, () => validate.Compile());
        }

        MeasureGenerator(runner);

        var render = new RenderBenchmarks { Claims = 10_000 };
        render.CreateChecks();
        runner.Measure("report-render-10k", 3, render.WriteToStream);
        MeasureReportPage(runner);

        var process = new CheckProcessBenchmarks();
        process.WriteFiles();
        QuickMeasurement[] processes = runner.MeasureInTurns(
            5,
            warmupRounds: 1,
            ("check-process-10k-in-1000-files", () => process.Check(), InChildProcess),
            ("read-floor-process-same-files", () => process.ReadFloor(), InChildProcess));
        (QuickMeasurement check, QuickMeasurement floor) = (processes[0], processes[1]);
        runner.Ratio("check-process-vs-read-floor", floor, check);
        process.DeleteFiles();

        foreach (string line in LspQuickRun.Run())
        {
            runner.Figure(line);
        }

        MeasurePackedProjects(runner, RepositoryRoot());
        runner.PrintSummary();
    }

    /// <summary>Only the packed-package projects, packing the repository at <paramref name="repository"/>: a checkout of another commit measures the same way.</summary>
    public static void RunPackedProjects(string repository)
    {
        var runner = new QuickRunner();
        MeasurePackedProjects(runner, repository);
        runner.PrintSummary();
    }

    /// <summary>Only the generator's runs, for <c>--generator</c>: from nothing, after a note is edited, after the scale is edited.</summary>
    public static void RunGenerator()
    {
        var runner = new QuickRunner();
        MeasureGenerator(runner);
        runner.PrintSummary();
    }

    private static void MeasureGenerator(QuickRunner runner)
    {
        var generator = new GeneratorBenchmarks();
        generator.CreateProject();
        if (generator.FullRunDiagnostics().Count > 0)
        {
            throw new InvalidOperationException("The generator reported diagnostics on the benchmark project: " + generator.FullRunDiagnostics()[0]);
        }

        QuickMeasurement full = runner.Measure("generator-full-10k-in-1000-files", 5, () => generator.FullRun(), warmups: GeneratorWarmups);
        QuickMeasurement edit = runner.Measure("generator-edit-one-file-10k", 5, () => generator.EditRun(), generator.RunOnceBeforeTheEdit, warmups: GeneratorWarmups);
        runner.Ratio("generator-edit-vs-full", full, edit);
        QuickMeasurement scaleEdit = runner.Measure("generator-scale-edit-10k", 5, () => generator.ScaleEditRun(), generator.RunOnceBeforeTheScaleEdit, warmups: GeneratorWarmups);
        runner.Ratio("generator-scale-edit-vs-full", full, scaleEdit);
        foreach (string line in generator.DescribeEditRun())
        {
            Console.WriteLine("  edit run, " + line);
        }
    }

    /// <summary>Only the 10,000-claim report in Chromium, for <c>--report-browser</c>.</summary>
    public static void RunReportPage()
    {
        Console.WriteLine($"started {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        var runner = new QuickRunner();
        MeasureReportPage(runner);
        Console.WriteLine($"ended {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        runner.PrintSummary();
    }

    private static void MeasureReportPage(QuickRunner runner)
    {
        using var page = new ReportPageBenchmark();
        page.Render();
        IReadOnlyList<ReportPageRun> runs = page.MeasureAsync(runs: 5).GetAwaiter().GetResult();
        double Median(Func<ReportPageRun, double> time) => runs.Select(time).Order().ElementAt(runs.Count / 2);
        const string InPage = "timed in the page with performance.now()";

        QuickMeasurement load = runner.RecordTimes(
            "report-10k-load",
            runs.Select(run => run.Load),
            string.Create(
                CultureInfo.InvariantCulture,
                $"{InPage}: navigation start to the later of the load event's end ({Median(run => run.LoadEventEnd):0} ms) and the first frame with a claim card laid out ({Median(run => run.FirstCard):0} ms); DOMContentLoaded {Median(run => run.DomContentLoaded):0} ms"));
        QuickMeasurement filter = runner.RecordTimes(
            "report-10k-filter-verdict",
            runs.Select(run => run.Filter),
            $"{InPage}: change event to the status written, then the next frame with a forced layout; {runs[0].FilterStatus}");
        QuickMeasurement firstKey = runner.RecordTimes("report-10k-search-first-key", runs.Select(run => run.SearchFirstKey), $"{InPage}, as the filter: the first character typed");
        QuickMeasurement nextKey = runner.RecordTimes("report-10k-search-next-key", runs.Select(run => run.SearchNextKey), $"{InPage}, as the filter: one more character; {runs[0].SearchStatus}");

        long bytes = page.ReportBytes;
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k load {load.MedianMilliseconds:0} ms"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k filter-verdict {filter.MedianMilliseconds:0} ms"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k search-first-key {firstKey.MedianMilliseconds:0} ms"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k search-next-key {nextKey.MedianMilliseconds:0} ms"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k page {bytes / 1_000_000.0:0.0} MB"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k bytes-per-claim {bytes / ReportPageBenchmark.Claims:N0}"));
        runner.Figure(string.Create(CultureInfo.InvariantCulture, $"report-10k elements {runs[0].Elements:N0}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void MeasurePackedProjects(QuickRunner runner, string repository)
    {
        using var projects = new PackedProjects(repository);
        projects.Create();
        // As a user waits: the compiler server and MSBuild nodes stay up between builds, warmed alike for both projects.
        // The server JIT-compiles the generator's hot methods fully only after dozens of calls, in the background: after
        // two untimed builds the 10,000-claim builds still ran partly unoptimised code (1.0 to 3.1 s against a steady
        // 1.1 s), so the timed builds follow eight, the steady state of an edit-and-build session.
        QuickMeasurement[] builds = runner.MeasureInTurns(
            5,
            warmupRounds: SteadyStateBuilds,
            ("build-after-touch-empty-project", () => projects.BuildAfterTouch(projects.Empty, buildServers: true), InChildProcess),
            ("build-after-touch-10k-claims", () => projects.BuildAfterTouch(projects.Claims, buildServers: true), InChildProcess));
        runner.Ratio("build-10k-vs-empty", builds[1], builds[0]);

        // Cold: every build starts its compiler, and JIT-compiles the generator, afresh.
        QuickMeasurement[] coldBuilds = runner.MeasureInTurns(
            3,
            warmupRounds: 0,
            ("build-after-touch-empty-project-cold", () => projects.BuildAfterTouch(projects.Empty, buildServers: false), InChildProcess),
            ("build-after-touch-10k-claims-cold", () => projects.BuildAfterTouch(projects.Claims, buildServers: false), InChildProcess));
        runner.Ratio("build-10k-vs-empty-cold", coldBuilds[1], coldBuilds[0]);

        var peaks = new Dictionary<string, long>();
        Action Start(string name, string project, bool readOneClaim) => () =>
            peaks[name] = Math.Max(peaks.GetValueOrDefault(name), projects.Start(project, readOneClaim));
        Func<long, string> Peak(string name) => _ => $"peak working set {peaks[name] / 1_000_000.0:0} MB";
        QuickMeasurement[] starts = runner.MeasureInTurns(
            5,
            warmupRounds: 1,
            ("start-empty-project", Start("empty", projects.Empty, false), Peak("empty")),
            ("start-10k-claims-count", Start("count", projects.Claims, false), Peak("count")),
            ("start-10k-claims-one-verdict", Start("one", projects.Claims, true), Peak("one")));
        runner.Ratio("start-10k-vs-empty", starts[1], starts[0]);
        runner.Ratio("start-one-verdict-vs-empty", starts[2], starts[0]);
    }

    private static string RepositoryRoot() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    private static string InChildProcess(long allocated) => "allocation happens in the child process, not counted";

    private static string PerClaim(long allocated, int claims, int checkLength) =>
        string.Create(CultureInfo.InvariantCulture, $"{allocated / claims:N0} B allocated per claim of {checkLength / claims:N0} B ({(double)allocated / checkLength:0.0}x)");
}
