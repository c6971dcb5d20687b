using System.ComponentModel;

namespace FactCheck.Compiled;

/// <summary>One piece of evidence, as <see cref="CompiledWriter"/> writes it: a link, or a quote and its passage. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EvidenceRecord
{
    /// <summary>Gets or sets the link, for evidence that links; then the quote and passage are not read.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the passage as the <c>.check</c> file quotes it.</summary>
    public string? Quote { get; set; }

    /// <summary>Gets or sets where the quote was found.</summary>
    public PassageRecord? Passage { get; set; }
}
