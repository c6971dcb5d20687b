using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactCheck.Reports.Benchmarks;

/// <summary>
/// A large, realistic report: sources made of the seed texts, each claim quoting words of one (a few overlapping), with
/// the evidence, links and facts a real check has. The same count always gives the same claims.
/// </summary>
internal static class SyntheticChecks
{
    private const int ClaimsPerSource = 500;

    public static (IReadOnlyList<Claim> Claims, IReadOnlyList<SourceDocument> Sources) Create(int count)
    {
        string[] seeds = [Seed("000_485e55baddcabb7a.txt"), Seed("004_7bfa03b7e0560204.txt")];
        var random = new Random(42);
        var sources = new List<SourceDocument>();
        var claims = new List<Claim>(count);
        for (int index = 0; index < count; index++)
        {
            if (index % ClaimsPerSource == 0)
            {
                int number = sources.Count;
                string text = string.Join("\n\n", Enumerable.Repeat(seeds[number % seeds.Length], 30));
                sources.Add(new SourceDocument($"{number:D3}", $"{number:D3}_synthetic.txt", text, title: $"Synthetic source {number}", author: "A. Writer", url: new Uri($"https://example.org/sources/{number}"), published: new DateTime(2020, 1, 1).AddDays(number)));
            }

            SourceDocument source = sources[^1];
            claims.Add(new Claim($"claim-{index}", $"Claim {index}: what the source says, in the analyst's words.", (Verdict)(index % 9), source, Passage(source, random), new CheckLocation($"checks/{source.Id}.check", (index % ClaimsPerSource * 12) + 1, 1), claimant: "A. Writer", said: new DateTime(2020, 1, 1), reviewed: new DateTime(2020, 2, 1), reviewer: "A. Analyst", note: "What the evidence shows, and why the verdict is what it is.", tags: ["iran", "iraq"], evidence: [Evidence.FromPassage("evidence", Passage(source, random)), Evidence.FromLink(new Uri("https://example.org/evidence"))], supports: index > 0 ? [$"claim-{index - 1}"] : []));
        }

        return (claims, sources);
    }

    // Whole words, from 3 to 15 of them; about one passage in ten overlaps another.
    private static SourcePassage Passage(SourceDocument source, Random random)
    {
        string text = source.Text;
        int start = text.IndexOf(' ', random.Next(text.Length - 200)) + 1;
        int end = start;
        for (int words = random.Next(3, 16); words > 0 && end < text.Length; words--)
        {
            end = text.IndexOf(' ', end + 1) is int space and >= 0 ? space : text.Length;
        }

        return new SourcePassage(source.Id, new TextPosition(start, 1, 1), end - start);
    }

    private static string Seed(string fileName)
    {
        using Stream stream = typeof(SyntheticChecks).Assembly.GetManifestResourceStream("seeds." + fileName)
            ?? throw new InvalidOperationException($"The seed {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
