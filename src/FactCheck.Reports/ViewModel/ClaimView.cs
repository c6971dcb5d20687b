using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>One claim as its card shows it.</summary>
public sealed class ClaimView
{
    /// <summary>Gets the claim's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the element id that makes the permalink: <c>claim-{id}</c>. No other element's id starts with <c>claim-</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>Gets the permalink within the page: <c>#claim-{id}</c>.</summary>
    public required string Href { get; init; }

    /// <summary>Gets the claim as written.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the verdict.</summary>
    public required VerdictView Verdict { get; init; }

    /// <summary>Gets who made the claim, or <see langword="null"/>.</summary>
    public required string? Claimant { get; init; }

    /// <summary>Gets the source document the claim is quoted from.</summary>
    public required SourceView Source { get; init; }

    /// <summary>Gets the quoted passage in its context, with <see cref="PassageView.Href"/> leading to it in the annotated source.</summary>
    public required PassageView Passage { get; init; }

    /// <summary>Gets the evidence, in the order written.</summary>
    public required IReadOnlyList<EvidenceView> Evidence { get; init; }

    /// <summary>Gets the analyst's note, or <see langword="null"/>.</summary>
    public required string? Note { get; init; }

    /// <summary>Gets the day the claim was made, or <see langword="null"/>.</summary>
    public required DateView? Said { get; init; }

    /// <summary>Gets the day the check was reviewed, or <see langword="null"/>.</summary>
    public required DateView? Reviewed { get; init; }

    /// <summary>Gets who reviewed the check, or <see langword="null"/>.</summary>
    public required string? Reviewer { get; init; }

    /// <summary>Gets the tags, in the order written.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Gets the claims this one supports.</summary>
    public required IReadOnlyList<ClaimLinkView> Supports { get; init; }

    /// <summary>Gets the claims this one contradicts.</summary>
    public required IReadOnlyList<ClaimLinkView> Contradicts { get; init; }

    /// <summary>Gets where the claim was written.</summary>
    public required LocationView Location { get; init; }
}
