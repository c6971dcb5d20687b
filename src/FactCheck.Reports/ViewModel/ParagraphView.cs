using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>A paragraph of a source document: text between blank lines, keeping its own line breaks.</summary>
public sealed class ParagraphView
{
    /// <summary>Gets the paragraph's element id, <c>para-{number}-{source id}</c>, numbered from 1: the target of evidence passages.</summary>
    public required string Anchor { get; init; }

    /// <summary>Gets the paragraph's runs in order; together they spell the paragraph exactly.</summary>
    public required IReadOnlyList<RunView> Runs { get; init; }
}
