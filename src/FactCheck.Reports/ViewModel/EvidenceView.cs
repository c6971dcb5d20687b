namespace FactCheck.Reports.ViewModel;

/// <summary>One piece of evidence: a passage of a source document in its context, a passage of a document the report does not hold, or a link.</summary>
public sealed class EvidenceView
{
    /// <summary>Gets the passage as the <c>.check</c> file quotes it, or <see langword="null"/> for a link.</summary>
    public required string? Quote { get; init; }

    /// <summary>Gets the passage in its source's context, or <see langword="null"/> for a link or when the report does not hold the source.</summary>
    public required PassageView? Passage { get; init; }

    /// <summary>Gets the link's address, or <see langword="null"/> for a passage.</summary>
    public required string? Url { get; init; }

    /// <summary>Gets whether <see cref="Url"/> is an http or https address, safe to use as a link target; other addresses are shown as text only.</summary>
    public required bool IsWebLink { get; init; }
}
