namespace FactCheck.Reports.ViewModel;

/// <summary>A reference from one claim to another (supports, contradicts).</summary>
public sealed class ClaimLinkView
{
    /// <summary>Gets the id of the claim referred to.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the permalink of the claim referred to, or <see langword="null"/> when the report does not hold it.</summary>
    public required string? Href { get; init; }

    /// <summary>Gets the text of the claim referred to.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the verdict of the claim referred to, or <see langword="null"/> when the report does not hold it.</summary>
    public required VerdictView? Verdict { get; init; }
}
