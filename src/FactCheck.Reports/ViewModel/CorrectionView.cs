namespace FactCheck.Reports.ViewModel;

/// <summary>One correction: on its claim's card, and in the report's list of every correction, where it links to its claim.</summary>
public sealed class CorrectionView
{
    /// <summary>Gets the day the correction was made.</summary>
    public required DateView Date { get; init; }

    /// <summary>Gets what changed and why, as written.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the claim corrected: its id, permalink and text.</summary>
    public required ClaimLinkView Claim { get; init; }
}
