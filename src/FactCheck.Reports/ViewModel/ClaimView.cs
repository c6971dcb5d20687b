using System.Collections.Generic;
using FactCheck.Reports.Building;

namespace FactCheck.Reports.ViewModel;

/// <summary>
/// One claim as its card shows it. The claim's own texts (its id, words, claimant, note, dates, reviewer, tags, place)
/// are read here from the claim the view wraps, so a new plain field reaches the page through this class and the
/// template alone; what needs the whole report (the verdict's view, the annotated source, the passage, the evidence,
/// the linked claims) is given by the report's builder.
/// </summary>
public sealed class ClaimView
{
    private readonly Claim _claim;

    internal ClaimView(Claim claim)
    {
        _claim = claim;
        Anchor = Anchors.Claim(claim.Id);
        Href = Anchors.HrefTo(Anchor);
        Said = Dates.Day(claim.Said);
        Reviewed = Dates.Day(claim.Reviewed);
        Location = new LocationView
        {
            FilePath = claim.Location.FilePath,
            Line = claim.Location.Line,
            Column = claim.Location.Column,
        };
    }

    /// <summary>Gets the claim's id.</summary>
    public string Id => _claim.Id;

    /// <summary>Gets the element id that makes the permalink: <c>claim-{id}</c>. No other element's id starts with <c>claim-</c>.</summary>
    public string Anchor { get; }

    /// <summary>Gets the permalink within the page: <c>#claim-{id}</c>.</summary>
    public string Href { get; }

    /// <summary>Gets the claim as written.</summary>
    public string Text => _claim.Text;

    /// <summary>Gets the verdict.</summary>
    public required VerdictView Verdict { get; init; }

    /// <summary>Gets who made the claim, or <see langword="null"/>.</summary>
    public string? Claimant => _claim.Claimant;

    /// <summary>Gets the source document the claim is quoted from.</summary>
    public required SourceView Source { get; init; }

    /// <summary>Gets the quoted passage in its context, with <see cref="PassageView.Href"/> leading to it in the annotated source.</summary>
    public required PassageView Passage { get; init; }

    /// <summary>Gets the evidence, in the order written.</summary>
    public required IReadOnlyList<EvidenceView> Evidence { get; init; }

    /// <summary>Gets the analyst's note, or <see langword="null"/>.</summary>
    public string? Note => _claim.Note;

    /// <summary>Gets the day the claim was made, or <see langword="null"/>.</summary>
    public DateView? Said { get; }

    /// <summary>Gets the day the check was reviewed, or <see langword="null"/>.</summary>
    public DateView? Reviewed { get; }

    /// <summary>Gets who reviewed the check, or <see langword="null"/>.</summary>
    public string? Reviewer => _claim.Reviewer;

    /// <summary>Gets the tags, in the order written.</summary>
    public IReadOnlyList<string> Tags => _claim.Tags;

    /// <summary>Gets the corrections made since the check was published, newest first (those of one day in the order written).</summary>
    public required IReadOnlyList<CorrectionView> Corrections { get; init; }

    /// <summary>Gets the claims this one supports.</summary>
    public required IReadOnlyList<ClaimLinkView> Supports { get; init; }

    /// <summary>Gets the claims this one contradicts.</summary>
    public required IReadOnlyList<ClaimLinkView> Contradicts { get; init; }

    /// <summary>Gets where the claim was written.</summary>
    public LocationView Location { get; }
}
