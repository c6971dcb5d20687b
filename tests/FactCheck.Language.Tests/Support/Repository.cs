using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using FactCheck.Language.Reading;
using FactCheck.Language.Sources;
using FactCheck.Testing;

namespace FactCheck.Language.Tests.Support;

/// <summary>The repository the tests run in: found by walking up from the test binaries to the folder holding FactCheck.sln.</summary>
internal static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string Seeds { get; } = Path.Combine(Root, "seeds");

    public static string Checks { get; } = Path.Combine(Root, "checks");

    public static string Cases { get; } = Path.Combine(Root, "tests", "FactCheck.Language.Tests", "Cases");

    /// <summary>Gets the seed documents, read once.</summary>
    public static IReadOnlyList<TextFile> SeedFiles { get; } = ReadFiles(Seeds, "*");

    /// <summary>Gets the analysts' checks, read once.</summary>
    public static IReadOnlyList<TextFile> CheckFiles { get; } = ReadFiles(Checks, "*.check");

    /// <summary>Reads the files of a folder matching a pattern (not its sub-folders), ordered by path.</summary>
    public static IReadOnlyList<TextFile> ReadFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(ReadFile)
            .ToArray();

    /// <summary>Reads a file as the command line and the build read it: a file that is not UTF-8 holds its FC0018.</summary>
    public static TextFile ReadFile(string path) => TextDecoder.Decode(path, File.ReadAllBytes(path));
}
