using System;
using System.Linq;
using System.Text;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Parsing;

/// <summary>
/// Damaged files, made by seeded random edits of the analysts' checks and of random runs of tokens: the front end never
/// throws, and every diagnostic's line and column are those of its offset.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] s_damage = ["'", "\"", "\\", "\n", "\r\n", "\r", "#", ":", ",", " ", "claim:", "document:", "status:", "\uFB01", "\U0001F600", "\uD800", "e\u0301", "\t", "@", "x"];

    private static readonly string[] s_tokens =
    [
        "claim: ", "document: ", "'ISIS has been defeated'", "\"to prevent\"", " source: ", "000", " 004", " status: ", "true", "false",
        " evidence: ", "'https://x.org'", " tags: ", "a, b", " id: ", "x1", " supports: ", " contradicts: ", "\n", "\r\n", "\r",
        " # c\n", "''", "'a\\nb'", "'a\\qb'", " quote: ", " said: 2020-01-01", " url: ", " title: ", "'t'", " author: ",
    ];

    public static TheoryData<int> Seeds => new(1, 2, 3, 4);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_analyst_checks_compile_without_throwing_and_with_consistent_positions(int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 50; n++)
        {
            AssertCompilesConsistently(Damage(random, Repository.CheckFiles[random.Next(Repository.CheckFiles.Count)].Text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_runs_of_tokens_compile_without_throwing_and_with_consistent_positions(int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 1000; n++)
        {
            string tokens = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => s_tokens[random.Next(s_tokens.Length)]));
            AssertCompilesConsistently(Damage(random, tokens));
        }
    }

    /// <summary>Inserts, deletes or overwrites characters at one to five random places.</summary>
    private static string Damage(Random random, string text)
    {
        var damaged = new StringBuilder(text);
        for (int edit = random.Next(1, 6); edit > 0 && damaged.Length > 0; edit--)
        {
            int at = random.Next(damaged.Length);
            string piece = s_damage[random.Next(s_damage.Length)];
            switch (random.Next(3))
            {
                case 0:
                    damaged.Insert(at, piece);
                    break;
                case 1:
                    damaged.Remove(at, Math.Min(random.Next(1, 20), damaged.Length - at));
                    break;
                default:
                    damaged[at] = piece[0];
                    break;
            }
        }

        return damaged.ToString();
    }

    private static void AssertCompilesConsistently(string text)
    {
        CheckCompilation compilation = Checks.Compile(text);
        compilation.ToModel(path => path);

        foreach (CheckDiagnostic diagnostic in compilation.Diagnostics.Where(diagnostic => diagnostic.FilePath == Checks.FileName))
        {
            Assert.InRange(diagnostic.Range.Start.Offset, 0, text.Length);
            Assert.InRange(diagnostic.Range.End.Offset, diagnostic.Range.Start.Offset, text.Length);
            Assert.True(
                (diagnostic.Range.Start.Line, diagnostic.Range.Start.Column) == LineAndColumn(text, diagnostic.Range.Start.Offset),
                $"{diagnostic} stands at offset {diagnostic.Range.Start.Offset}, which is {LineAndColumn(text, diagnostic.Range.Start.Offset)} in:\n{Escape(text)}");
        }

        Assert.All(
            compilation.Diagnostics.GroupBy(diagnostic => (diagnostic.FilePath, diagnostic.Id, diagnostic.Range.Start.Offset)),
            group => Assert.True(group.Count() == 1, $"Two {group.Key.Id} at one place ({string.Join(" | ", group.Select(d => d.Message))}) in:\n{Escape(text)}"));
    }

    /// <summary>Counts lines the way an editor does: \n, \r\n and a lone \r each end one.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            bool crlf = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if ((text[i] == '\n' || text[i] == '\r') && !crlf)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal);
}
