using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>
/// Compares generated files with checked-in <c>Snapshots/&lt;test&gt;.&lt;hint name&gt;.verified.cs</c> files. On a mismatch it
/// writes <c>.received.cs</c> beside the verified file and fails with a diff; with <c>FACTCHECK_ACCEPT_SNAPSHOTS=1</c> it
/// overwrites the verified file instead and passes.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "FACTCHECK_ACCEPT_SNAPSHOTS";

    private const int MaxDiffLines = 40;

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Verifies every generated file of a test, and that no verified file is left without a generated one.</summary>
    public static void Verify(string testName, IEnumerable<GeneratedFile> files)
    {
        var failures = new List<string>();
        var expectedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (GeneratedFile file in files)
        {
            string verified = PathFor(testName, file.HintName, "verified");
            expectedPaths.Add(verified);
            string? failure = Compare(verified, PathFor(testName, file.HintName, "received"), file.Text);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        foreach (string orphan in Directory.GetFiles(RepositoryPaths.Snapshots, testName + ".*.verified.cs").Where(path => !expectedPaths.Contains(path)))
        {
            if (Accepting)
            {
                File.Delete(orphan);
            }
            else
            {
                failures.Add($"{Path.GetFileName(orphan)}: the generator no longer produces this file; delete it, or run with {AcceptVariable}=1.");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>The snapshot path for a hint name: <c>Claims.g.cs</c> becomes <c>&lt;test&gt;.Claims.g.verified.cs</c>.</summary>
    public static string PathFor(string testName, string hintName, string kind)
    {
        string stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        return Path.Combine(RepositoryPaths.Snapshots, $"{testName}.{stem}.{kind}.cs");
    }

    private static string? Compare(string verifiedPath, string receivedPath, string received)
    {
        string actual = Normalize(received);
        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (Accepting)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        string summary = expected is null
            ? "no verified snapshot yet"
            : Diff(expected, actual);
        return $"{Path.GetFileName(verifiedPath)} does not match ({summary}).\nReceived: {receivedPath}\nTo accept: {AcceptVariable}=1 dotnet test tests/FactCheck.Generator.Tests";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>A unified-style summary: the first differing lines of each side, with line numbers.</summary>
    private static string Diff(string expected, string actual)
    {
        string[] left = expected.Split('\n');
        string[] right = actual.Split('\n');
        int prefix = 0;
        while (prefix < left.Length && prefix < right.Length && left[prefix] == right[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < left.Length - prefix && suffix < right.Length - prefix && left[^(suffix + 1)] == right[^(suffix + 1)])
        {
            suffix++;
        }

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"@@ -{prefix + 1},{left.Length - prefix - suffix} +{prefix + 1},{right.Length - prefix - suffix} @@");
        IEnumerable<string> removed = left.Skip(prefix).Take(left.Length - prefix - suffix).Select(line => "\n- " + line);
        IEnumerable<string> added = right.Skip(prefix).Take(right.Length - prefix - suffix).Select(line => "\n+ " + line);
        string[] lines = removed.Concat(added).ToArray();
        foreach (string line in lines.Take(MaxDiffLines))
        {
            builder.Append(line);
        }

        if (lines.Length > MaxDiffLines)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n... {lines.Length - MaxDiffLines} more changed lines");
        }

        return builder.ToString();
    }
}
