using FactCheck.Language.Matching;

namespace FactCheck.Language.Binding;

/// <summary>Evidence after binding: a passage found in its source, or a link.</summary>
/// <param name="SourceId">The source quoted, for a passage.</param>
/// <param name="Quote">The passage as written, for a passage.</param>
/// <param name="Match">Where the passage was found, for a passage.</param>
/// <param name="Url">The absolute http(s) address, for a link.</param>
internal sealed record BoundEvidence(string? SourceId, string? Quote, PassageMatch? Match, string? Url)
{
    /// <summary>Gets whether this is a link rather than a passage.</summary>
    public bool IsLink => Url is not null;
}
