using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using FactCheck.Cli;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Reports;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests.Differential;

/// <summary>What the build and <c>factcheck</c> give for one folder: diagnostics as <c>file(line,col): severity id: message</c>, and the report.</summary>
/// <param name="Diagnostics">Every FC diagnostic, paths relative to the project, sorted.</param>
/// <param name="Report">The report's bytes, or null when there is an error.</param>
public sealed partial record BothWays(string[] Diagnostics, byte[]? Report)
{
    /// <summary>Runs <c>factcheck check</c> and <c>factcheck report</c> in the folder, in process.</summary>
    public static BothWays FromCommandLine(InputFolder folder)
    {
        // The JSON shape, since a message may quote a line break the text format would print as it is.
        (int exitCode, string output) = RunCli(folder.Root, "check", "--format", "json");
        Assert.True(exitCode is ExitCodes.Valid or ExitCodes.CheckErrors, $"factcheck check exited {exitCode}:\n{output}");
        using JsonDocument json = JsonDocument.Parse(output);
        string[] diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(diagnostic => string.Create(
                CultureInfo.InvariantCulture,
                $"{diagnostic.GetProperty("file").GetString()}({diagnostic.GetProperty("line").GetInt32()},{diagnostic.GetProperty("column").GetInt32()}): {diagnostic.GetProperty("severity").GetString()} {diagnostic.GetProperty("id").GetString()}: {diagnostic.GetProperty("message").GetString()}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (exitCode != ExitCodes.Valid)
        {
            return new BothWays(diagnostics, null);
        }

        string report = Path.Combine(folder.Root, "report.html");
        (int reportExitCode, string reportOutput) = RunCli(folder.Root, "report", "--out", report);
        Assert.True(reportExitCode == ExitCodes.Valid, reportOutput);
        byte[] bytes = File.ReadAllBytes(report);
        File.Delete(report);
        return new BothWays(diagnostics, bytes);
    }

    /// <summary>Runs the generator through the driver over the files the build selects, read as the compiler reads them; renders the report of the generated claims.</summary>
    public static BothWays FromDriver(InputFolder folder, CancellationToken cancellationToken)
    {
        GeneratorRun run = folder.Harness().Run(cancellationToken);
        Assert.True(run.RunResult.Results.All(result => result.Exception is null), $"The generator threw: {run.RunResult.Results[0].Exception}");
        string[] diagnostics = run.Diagnostics
            .Select(diagnostic =>
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{folder.Relative(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            })
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (run.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return new BothWays(diagnostics, null);
        }

        // The typed path: the objects the generated code builds, rendered as the checks program renders them.
        var (sources, claims) = GeneratedAssembly.ReadModel(run, cancellationToken);
        using var report = new MemoryStream();
        ReportRenderer.Default.Write(report, claims, sources, ReportOptions.FromEnvironment());
        return new BothWays(diagnostics, report.ToArray());
    }

    /// <summary>Reads the FC diagnostics a real <c>dotnet build</c> printed, each once, paths relative to the project.</summary>
    public static string[] FromBuildOutput(InputFolder folder, string output) => output
        .Split('\n')
        .Select(line => BuildLine().Match(line.TrimEnd('\r')))
        .Where(match => match.Success)
        .Select(match => folder.Relative(match.Groups["path"].Value) + match.Groups["rest"].Value)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Asserts the two sides gave the same diagnostics and the same report bytes.</summary>
    public void AssertSame(BothWays other, string context)
    {
        Assert.True(
            Diagnostics.SequenceEqual(other.Diagnostics),
            $"{context}: the diagnostics differ.\nOnly this side:\n  {string.Join("\n  ", Diagnostics.Except(other.Diagnostics))}\nOnly the other:\n  {string.Join("\n  ", other.Diagnostics.Except(Diagnostics))}");
        Assert.True(Report is null == other.Report is null, $"{context}: one side wrote a report, the other did not.");
        Assert.True(Report is null || Report.AsSpan().SequenceEqual(other.Report), $"{context}: the reports differ.");
    }

    private static (int ExitCode, string Output) RunCli(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CliApp.Run(args, new CliEnvironment(output, error, currentDirectory));
        return (exitCode, output.ToString() + error);
    }

    /// <summary>A compiler diagnostic as MSBuild prints it, <c>/full/path(3,8): error FC0004: message [/project.csproj]</c>.</summary>
    [GeneratedRegex(@"^\s*(?<path>/.*?)(?<rest>\(\d+,\d+\): (error|warning) FC\d{4}: .*?) \[[^\]]*\.csproj\]$")]
    private static partial Regex BuildLine();
}
