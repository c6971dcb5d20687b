using System;
using System.Globalization;

namespace FactCheck.Benchmarks.Quick;

/// <summary>The short version of every benchmark, for <c>--quick</c>: a table and the ratio lines.</summary>
internal static class QuickRun
{
    // The edit run calls much of the driver only once per run: with a single warm-up it was timed partly as
    // unoptimised first-tier code, about twice what BenchmarkDotNet measures.
    private const int GeneratorWarmups = 4;

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

        var generator = new GeneratorBenchmarks();
        generator.CreateProject();
        if (generator.FullRunDiagnostics().Count > 0)
        {
            throw new InvalidOperationException("The generator reported diagnostics on the benchmark project: " + generator.FullRunDiagnostics()[0]);
        }

        QuickMeasurement full = runner.Measure("generator-full-10k-in-1000-files", 5, () => generator.FullRun(), warmups: GeneratorWarmups);
        QuickMeasurement edit = runner.Measure("generator-edit-one-file-10k", 5, () => generator.EditRun(), generator.RunOnceBeforeTheEdit, warmups: GeneratorWarmups);
        runner.Ratio("generator-edit-vs-full", full, edit);
        foreach (string line in generator.DescribeEditRun())
        {
            Console.WriteLine("  edit run, " + line);
        }

        var render = new RenderBenchmarks { Claims = 10_000 };
        render.CreateChecks();
        runner.Measure("report-render-10k", 3, render.WriteToStream);

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

        runner.PrintSummary();
    }

    private static string InChildProcess(long allocated) => "allocation happens in the child process, not counted";

    private static string PerClaim(long allocated, int claims, int checkLength) =>
        string.Create(CultureInfo.InvariantCulture, $"{allocated / claims:N0} B allocated per claim of {checkLength / claims:N0} B ({(double)allocated / checkLength:0.0}x)");
}
