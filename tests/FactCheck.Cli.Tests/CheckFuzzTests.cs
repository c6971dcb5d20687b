using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Testing;

namespace FactCheck.Cli.Tests;

/// <summary>
/// <c>factcheck check</c> through its in-process entry point on the language fuzz's inputs, a hundred files a run: it
/// exits 0 or 1, never 2 or a crash, every diagnostic it prints stands inside its file, and a second run prints the same.
/// </summary>
public sealed partial class CheckFuzzTests
{
    private const int FilesPerRun = 100;

    /// <summary>UTF-8 that writes a lone surrogate as U+FFFD, as an editor saving the file would.</summary>
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static TheoryData<int> Batches => new(Enumerable.Range(0, Math.Max(1, FuzzSettings.Cases(20_000) / 2_000)));

    [Theory]
    [MemberData(nameof(Batches))]
    public void Damaged_files_exit_0_or_1_with_every_diagnostic_inside_its_file(int batch)
    {
        using var workspace = new Workspace();
        var fuzzer = new CheckFuzzer(FuzzSettings.Seed, [Workspace.ValidChecks, Workspace.InvalidChecks]);
        for (int i = 0; i < FilesPerRun; i++)
        {
            workspace.WriteBytes($"checks/f{i:000}.check", s_utf8.GetBytes(fuzzer.Case((batch * FilesPerRun) + i)));
        }

        CliResult first = workspace.Run("check");
        CliResult second = workspace.Run("check");

        string context = $"cases {batch * FilesPerRun} to {((batch + 1) * FilesPerRun) - 1} of seed {FuzzSettings.Seed}";
        Assert.True(first.ExitCode is ExitCodes.Valid or ExitCodes.CheckErrors, $"{context}: exit {first.ExitCode}\n{first.Error}");
        Assert.Equal(first, second);
        var files = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (Match match in DiagnosticLine().Matches(first.Output))
        {
            string path = match.Groups["path"].Value;
            if (!files.TryGetValue(path, out string[]? lines))
            {
                lines = LineBreak().Split(File.ReadAllText(workspace.PathOf(path)));
                files[path] = lines;
            }

            int line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int column = int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(line <= lines.Length && column <= lines[line - 1].Length + 1, $"{context}: {match.Value} is outside its file");
        }
    }

    [GeneratedRegex(@"^(?<path>checks/f\d{3}\.check)\((?<line>\d+),(?<column>\d+)\): (?:error|warning) FC\d{4}: ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
