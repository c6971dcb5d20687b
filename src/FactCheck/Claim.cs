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
    /// <param name="quote">The words of the source the claim paraphrases, if it does.</param>
    /// <param name="claimant">Who made the claim.</param>
    /// <param name="evidence">The evidence, in the order written.</param>
    /// <param name="note">The analyst's note.</param>
    /// <param name="said">The day the claim was made.</param>
    /// <param name="reviewed">The day the check was reviewed.</param>
    /// <param name="reviewer">Who reviewed the check.</param>
    /// <param name="tags">The tags.</param>
    /// <param name="supports">The ids of the claims this one supports.</param>
    /// <param name="contradicts">The ids of the claims this one contradicts.</param>
    public Claim(
        string id,
        string text,
        Verdict verdict,
        SourceDocument source,
        SourcePassage match,
        CheckLocation location,
        string? quote = null,
        string? claimant = null,
        IReadOnlyList<Evidence>? evidence = null,
        string? note = null,
        DateTime? said = null,
        DateTime? reviewed = null,
        string? reviewer = null,
        IReadOnlyList<string>? tags = null,
        IReadOnlyList<string>? supports = null,
        IReadOnlyList<string>? contradicts = null)
    {
        Id = id;
        Text = text;
        Verdict = verdict;
        Source = source;
        Match = match;
        Location = location;
        Quote = quote;
        Claimant = claimant;
        Evidence = evidence ?? [];
        Note = note;
        Said = said;
        Reviewed = reviewed;
        Reviewer = reviewer;
        Tags = tags ?? [];
        Supports = supports ?? [];
        Contradicts = contradicts ?? [];
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
    public string? Quote { get; }

    /// <summary>Gets who made the claim (<c>by:</c>).</summary>
    public string? Claimant { get; }

    /// <summary>Gets the evidence, in the order written.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the analyst's note.</summary>
    public string? Note { get; }

    /// <summary>Gets the day the claim was made (<c>said:</c>).</summary>
    public DateTime? Said { get; }

    /// <summary>Gets the day the check was reviewed (<c>reviewed:</c>).</summary>
    public DateTime? Reviewed { get; }

    /// <summary>Gets who reviewed the check (<c>reviewer:</c>).</summary>
    public string? Reviewer { get; }

    /// <summary>Gets the tags, in the order written.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the ids of the claims this one supports.</summary>
    public IReadOnlyList<string> Supports { get; }

    /// <summary>Gets the ids of the claims this one contradicts.</summary>
    public IReadOnlyList<string> Contradicts { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Verdict.ToKeyword()}";
}
