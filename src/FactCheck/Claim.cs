using System;
using System.Collections.Generic;

namespace FactCheck;

/// <summary>One checked claim: what was said, where it stands in its source, the verdict and what backs it.</summary>
public sealed class Claim
{
    /// <summary>Initializes a new instance of the <see cref="Claim"/> class.</summary>
    /// <param name="id">The claim's id: its <c>id:</c>, else a slug of its text.</param>
    /// <param name="text">The claim as written after <c>claim:</c>.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="source">The source document the claim is quoted from.</param>
    /// <param name="match">Where the claim (or its <c>quote:</c>) stands in the source.</param>
    /// <param name="location">Where the claim was written.</param>
    public Claim(string id, string text, Verdict verdict, SourceDocument source, SourcePassage match, CheckLocation location)
    {
        Id = id;
        Text = text;
        Verdict = verdict;
        Source = source;
        Match = match;
        Location = location;
    }

    /// <summary>Gets the claim's id, unique across all <c>.check</c> files.</summary>
    public string Id { get; }

    /// <summary>Gets the claim as written after <c>claim:</c>.</summary>
    public string Text { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the source document the claim is quoted from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Gets where the claim (or its <see cref="Quote"/>) stands in <see cref="Source"/>.</summary>
    public SourcePassage Match { get; }

    /// <summary>Gets where the claim was written.</summary>
    public CheckLocation Location { get; }

    /// <summary>Gets the words of the source the claim paraphrases, when <see cref="Text"/> is not itself a quotation.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets who made the claim (<c>by:</c>).</summary>
    public string? Claimant { get; init; }

    /// <summary>Gets the evidence, in the order written.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Gets the analyst's note.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the day the claim was made (<c>said:</c>).</summary>
    public DateTime? Said { get; init; }

    /// <summary>Gets the day the check was reviewed (<c>reviewed:</c>).</summary>
    public DateTime? Reviewed { get; init; }

    /// <summary>Gets who reviewed the check (<c>reviewer:</c>).</summary>
    public string? Reviewer { get; init; }

    /// <summary>Gets the tags, in the order written.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the ids of the claims this one supports.</summary>
    public IReadOnlyList<string> Supports { get; init; } = [];

    /// <summary>Gets the ids of the claims this one contradicts.</summary>
    public IReadOnlyList<string> Contradicts { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Verdict.ToKeyword()}";
}
