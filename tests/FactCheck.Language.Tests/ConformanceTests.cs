using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests;

/// <summary>
/// The conformance cases in <c>Cases/</c>: a <c>.check</c> file, or a folder of them (with its own <c>sources/</c>
/// folder if it needs one, else the seeds), each file opening with the diagnostics it expects:
/// <c># expect: FC0004 3:8</c>, <c># expect: FC0014 1:1 in sources/000_b.txt</c> for one in another file, or
/// <c># expect: none</c>. A case passes when the compilation gives exactly those diagnostics.
/// </summary>
public sealed partial class ConformanceTests
{
    private static readonly string[] s_caseNames = Directory.EnumerateFileSystemEntries(Repository.Cases)
        .Where(path => Directory.Exists(path) || path.EndsWith(".check", StringComparison.Ordinal))
        .Select(path => Path.GetFileName(path))
        .Order(StringComparer.Ordinal)
        .ToArray();

    // Its inputs are over 4 Mi or 8 Mi characters, too large to keep in the repository: DiagnosticTests and SizeTests make them.
    private static readonly string[] s_idsWithoutCase = [DiagnosticIds.InputTooLarge];

    // The day the cases are compiled as of, so that a correction's date in a case (FC0031) means the same whatever day the tests run.
    private static readonly CalendarDate s_casesDate = new(2026, 11, 29);

    public static TheoryData<string> Cases => new(s_caseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_case_gives_exactly_the_diagnostics_its_header_expects(string name)
    {
        ConformanceCase conformanceCase = ConformanceCase.Load(Path.Combine(Repository.Cases, name));

        CheckCompilation compilation = CheckCompilation.Compile(conformanceCase.CheckFiles, conformanceCase.SourceFiles, s_casesDate);

        string[] actual = compilation.Diagnostics.Select(conformanceCase.Describe).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            conformanceCase.Expected.SequenceEqual(actual),
            $"Expected:\n  {string.Join("\n  ", conformanceCase.Expected)}\nActual:\n  {string.Join("\n  ", actual)}\n"
            + string.Join("\n", compilation.Diagnostics.Select(diagnostic => diagnostic.ToString())));
    }

    [Fact]
    public void The_cases_cover_every_diagnostic_id_and_valid_files()
    {
        ConformanceCase[] cases = s_caseNames.Select(name => ConformanceCase.Load(Path.Combine(Repository.Cases, name))).ToArray();

        string[] covered = cases.SelectMany(conformanceCase => conformanceCase.Expected).Select(expected => expected.Split(' ')[1]).Distinct().Order().ToArray();
        Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id).Except(s_idsWithoutCase), covered);
        Assert.Contains(cases, conformanceCase => conformanceCase.Expected.Length == 0);
    }

    [GeneratedRegex(@"^# expect: (?:(?<none>none)|(?<id>FC\d{4}) (?<line>\d+):(?<column>\d+)(?: in (?<file>\S+))?)\s*$")]
    private static partial Regex ExpectLine();

    private sealed class ConformanceCase
    {
        private readonly string _root;

        private ConformanceCase(string root, TextFile[] checkFiles, IReadOnlyList<TextFile> sourceFiles, string[] expected)
        {
            _root = root;
            CheckFiles = checkFiles;
            SourceFiles = sourceFiles;
            Expected = expected;
        }

        public TextFile[] CheckFiles { get; }

        public IReadOnlyList<TextFile> SourceFiles { get; }

        /// <summary>Gets the expected diagnostics as <c>file id line:column</c>, sorted.</summary>
        public string[] Expected { get; }

        public static ConformanceCase Load(string path)
        {
            bool folder = Directory.Exists(path);
            string root = folder ? path : Path.GetDirectoryName(path)!;
            TextFile[] checkFiles = folder ? [.. Repository.ReadFiles(path, "*.check")] : [Repository.ReadFile(path)];
            string sources = Path.Combine(root, "sources");
            IReadOnlyList<TextFile> sourceFiles = folder && Directory.Exists(sources) ? Repository.ReadFiles(sources, "*") : Repository.SeedFiles;
            Assert.NotEmpty(checkFiles);
            // A file that is not UTF-8 cannot be read for its header: another file of the case states what it expects.
            string[] expected = checkFiles
                .Where(file => file.NotDecoded is null)
                .SelectMany(file => ExpectationsOf(file, Path.GetRelativePath(root, file.Path)))
                .Order(StringComparer.Ordinal)
                .ToArray();
            return new ConformanceCase(root, checkFiles, sourceFiles, expected);
        }

        public string Describe(CheckDiagnostic diagnostic) =>
            Format(Path.GetRelativePath(_root, diagnostic.FilePath), diagnostic.Id, diagnostic.Range.Start.Line, diagnostic.Range.Start.Column);

        private static string Format(string file, string id, object line, object column) =>
            $"{file.Replace('\\', '/')} {id} {line}:{column}";

        /// <summary>Reads the <c># expect:</c> lines of the comment block a file opens with; a file must say at least <c>none</c>.</summary>
        private static IEnumerable<string> ExpectationsOf(TextFile file, string relativePath)
        {
            string[] header = file.Text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None)
                .TakeWhile(line => line.StartsWith('#'))
                .Where(line => line.StartsWith("# expect:", StringComparison.Ordinal))
                .ToArray();
            Match[] matches = header.Select(line => ExpectLine().Match(line)).ToArray();
            Assert.True(matches.Length > 0 && matches.All(match => match.Success), $"{relativePath} must open with '# expect: none' or '# expect: FCnnnn line:column' lines; it has [{string.Join(", ", header)}].");
            Assert.True(matches.All(match => !match.Groups["none"].Success) || matches.Length == 1, $"{relativePath} expects none and something.");
            return matches
                .Where(match => match.Groups["id"].Success)
                .Select(match => Format(
                    match.Groups["file"].Success ? match.Groups["file"].Value : relativePath,
                    match.Groups["id"].Value,
                    match.Groups["line"].Value,
                    match.Groups["column"].Value));
        }
    }
}
