using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FactCheck.Generator.Tests.Harness;

namespace FactCheck.Generator.Tests.Build;

/// <summary>Real <c>dotnet build</c> runs of the analysts' project: the generator in the compiler, FC diagnostics in the build output.</summary>
public sealed partial class BuildTests : IClassFixture<RepositoryCopy>
{
    private const string OriginalQuote = "quote: 'promised to \"restore deterrence\" against Iran'";
    private const string BrokenQuote = "quote: 'promised to \"restore lasting peace\" against Iran'";

    private const string UnevidencedKeyword = "claim: 'In December, a rocket killed an American translator in Iraq.' source: 004 status: ";
    private const string UnevidencedClaim = "\n" + UnevidencedKeyword + "false\n  id: build-test-unevidenced\n";

    private readonly RepositoryCopy _copy;

    public BuildTests(RepositoryCopy copy)
    {
        _copy = copy;
    }

    [Fact]
    public async Task Building_the_repositorys_checks_succeeds_without_warnings()
    {
        DotnetProcess.Result result = await DotnetProcess.BuildAsync(RepositoryPaths.Root, "checks", TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}:\n{result.Output}");
        Assert.False(ProblemLine().IsMatch(result.Output), result.Output);
    }

    [Fact]
    public async Task A_quote_missing_from_its_source_fails_the_build_with_FC0004_at_its_line_and_column()
    {
        _copy.ResetChecks();
        string path = Path.Combine(_copy.Checks, "deterrence.check");
        string[] lines = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Split('\n');
        int index = Array.FindIndex(lines, line => line.Contains(OriginalQuote, StringComparison.Ordinal));
        Assert.True(index >= 0, "deterrence.check no longer has the quote this test edits.");
        lines[index] = lines[index].Replace(OriginalQuote, BrokenQuote, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + UnevidencedClaim, TestContext.Current.CancellationToken);
        int line = index + 1;
        int column = lines[index].IndexOf('\'', StringComparison.Ordinal) + 1;

        DotnetProcess.Result result = await DotnetProcess.BuildAsync(_copy.Root, "checks", TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode != 0, result.Output);
        Assert.Contains($"deterrence.check({line},{column}): error FC0004", result.Output, StringComparison.Ordinal);
        Assert.Single(result.Output.Split('\n').Where(text => text.Contains("FC0004", StringComparison.Ordinal)).Distinct());

        // Under TreatWarningsAsErrors the warning for a verdict without evidence fails the build as well.
        int statusLine = lines.Length + 1;
        Assert.Contains($"deterrence.check({statusLine},{UnevidencedKeyword.Length + 1}): error FC0010", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_globalconfig_turns_FC0010_off_and_the_build_succeeds()
    {
        _copy.ResetChecks();
        string path = Path.Combine(_copy.Checks, "deterrence.check");
        await File.AppendAllTextAsync(path, UnevidencedClaim, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            Path.Combine(_copy.Checks, ".globalconfig"),
            "is_global = true\ndotnet_diagnostic.FC0010.severity = none\n",
            TestContext.Current.CancellationToken);

        DotnetProcess.Result result = await DotnetProcess.BuildAsync(_copy.Root, "checks", TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}:\n{result.Output}");
        Assert.False(ProblemLine().IsMatch(result.Output), result.Output);
    }

    [Fact]
    public async Task A_correction_after_the_day_of_SOURCE_DATE_EPOCH_fails_the_build_with_FC0031_whatever_the_culture()
    {
        _copy.ResetChecks();
        string path = Path.Combine(_copy.Checks, "iraq-bases.check");
        string[] lines = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Split('\n');
        int index = Array.FindIndex(lines, line => line.TrimStart().StartsWith("correction: ", StringComparison.Ordinal));
        Assert.True(index >= 0, "iraq-bases.check no longer has the correction this test expects.");
        int column = lines[index].IndexOf("correction: ", StringComparison.Ordinal) + "correction: ".Length + 1;

        // 2023-11-14 UTC, before the bundled correction. In the Thai culture a year written 'yyyy' would be 2566, after it.
        DotnetProcess.Result result = await DotnetProcess.BuildAsync(
            _copy.Root,
            "checks",
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000", ["LC_ALL"] = "th_TH.UTF-8", ["LANG"] = "th_TH.UTF-8" },
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode != 0, result.Output);
        Assert.Contains($"iraq-bases.check({index + 1},{column}): error FC0031", result.Output, StringComparison.Ordinal);
        Assert.Contains("by 2023-11-14 UTC", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_SOURCE_DATE_EPOCH_fails_the_build_saying_what_it_must_be()
    {
        _copy.ResetChecks();

        DotnetProcess.Result result = await DotnetProcess.BuildAsync(
            _copy.Root, "checks", new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode != 0, result.Output);
        Assert.Contains("SOURCE_DATE_EPOCH is 'yesterday'; it must be a whole number of seconds since 1970-01-01 UTC", result.Output, StringComparison.Ordinal);
    }

    /// <summary>A line that reports a warning or an error, as MSBuild and the compiler print them.</summary>
    [GeneratedRegex(@"(^|\s|:)(warning|error)(\s|:)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ProblemLine();
}
