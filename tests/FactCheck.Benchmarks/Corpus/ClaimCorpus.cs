using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Language.Sources;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>
/// A seeded, realistic set of claims: source documents of about 40 KB made of the seed texts' paragraphs in a shuffled
/// order, and claims whose text and evidence quote them, with the fields the bundled checks use. The same count always
/// gives the same corpus.
/// </summary>
internal sealed class ClaimCorpus
{
    private const int ClaimsPerSource = 500;
    private const int SourceSize = 40_000;

    private static readonly string[] s_statuses = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "contested", "unproven", "opinion"];
    private static readonly string[] s_tags = ["iran", "iraq", "us-troops", "isis", "deterrence", "soleimani", "parliament", "coalition", "militias"];
    private static readonly string[] s_analysts = ["M. Lindqvist", "A. Okafor", "J. Moreau"];
    private static readonly string[] s_notes =
    [
        "The figure matches what officials gave at the time, and the same article repeats it further on.",
        "Accurate as far as it goes, but it leaves out the context the source itself gives two paragraphs later.",
        "Informed sources disagree on this; the statement takes one side of an open question as settled.",
        "The date and the place are right; the framing suggests a cause that the evidence does not show.",
    ];

    private ClaimCorpus(IReadOnlyList<TextFile> sources, IReadOnlyList<CorpusClaim> claims)
    {
        Sources = sources;
        Claims = claims;
    }

    /// <summary>Gets the source documents, named <c>NNN_synthetic.txt</c> so that their ids are <c>NNN</c>.</summary>
    public IReadOnlyList<TextFile> Sources { get; }

    /// <summary>Gets the claims, in order.</summary>
    public IReadOnlyList<CorpusClaim> Claims { get; }

    public static ClaimCorpus Create(int claimCount)
    {
        var random = new Random(42);
        string[] paragraphs = SeedParagraphs();
        int sourceCount = Math.Max(2, claimCount / ClaimsPerSource);
        var sourceParagraphs = new List<string[]>(sourceCount);
        var sources = new List<TextFile>(sourceCount);
        for (int number = 0; number < sourceCount; number++)
        {
            string[] chosen = SourceParagraphs(paragraphs, random);
            sourceParagraphs.Add(chosen);
            sources.Add(new TextFile($"sources/{number:D3}_synthetic.txt", string.Join("\n\n", chosen)));
        }

        var claims = new List<CorpusClaim>(claimCount);
        for (int index = 0; index < claimCount; index++)
        {
            int source = index % sourceCount;
            string sourceId = $"{source:D3}";
            string[] fromSource = sourceParagraphs[source];
            int evidenceCount = random.Next(1, 3);
            claims.Add(new CorpusClaim(
                Id: $"claim-{index:D5}",
                Text: Quote(fromSource, random),
                SourceId: sourceId,
                Status: s_statuses[index % s_statuses.Length],
                By: index % 2 == 0 ? "Duns Scotus" : "Matthew Petti",
                Note: s_notes[random.Next(s_notes.Length)],
                Tags: TwoTags(random),
                Said: index % 3 == 0 ? $"2020-01-{1 + (index % 28):D2}" : null,
                Reviewed: "2026-11-21",
                Reviewer: s_analysts[index % s_analysts.Length],
                // The same words twice are the same passage, which the binder drops with a warning (FC0017).
                Evidence: Enumerable.Range(0, evidenceCount).Select(_ => new CorpusEvidence(sourceId, Quote(fromSource, random))).ToArray().DistinctBy(evidence => evidence.Quote).ToArray(),
                Supports: index % 4 == 1 ? [$"claim-{index - 1:D5}"] : []));
        }

        return new ClaimCorpus(sources, claims);
    }

    /// <summary>The lines of both seeds that hold text (paragraphs and list items), without their bylines.</summary>
    private static string[] SeedParagraphs() =>
        new[] { "000_485e55baddcabb7a.txt", "004_7bfa03b7e0560204.txt" }
            .SelectMany(seed => Seed(seed).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(paragraph => !paragraph.StartsWith("By ", StringComparison.Ordinal))
            .ToArray();

    private static string[] SourceParagraphs(string[] paragraphs, Random random)
    {
        var chosen = new List<string>();
        for (int size = 0; size < SourceSize; size += chosen[^1].Length + 2)
        {
            chosen.Add(paragraphs[random.Next(paragraphs.Length)]);
        }

        return [.. chosen];
    }

    /// <summary>From 4 to 15 whole words of one paragraph.</summary>
    private static string Quote(string[] paragraphs, Random random)
    {
        string[] words = paragraphs[random.Next(paragraphs.Length)].Split(' ');
        int count = Math.Min(words.Length, random.Next(4, 16));
        int first = random.Next(words.Length - count + 1);
        return string.Join(' ', words, first, count);
    }

    private static string Seed(string fileName)
    {
        using Stream stream = typeof(ClaimCorpus).Assembly.GetManifestResourceStream("seeds." + fileName)
            ?? throw new InvalidOperationException($"The seed {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    // Two different tags: a repeated one is dropped with a warning (FC0017), which the benchmarks take for a broken corpus.
    private static string[] TwoTags(Random random)
    {
        int first = random.Next(s_tags.Length);
        return [s_tags[first], s_tags[(first + 1 + random.Next(s_tags.Length - 1)) % s_tags.Length]];
    }
}
