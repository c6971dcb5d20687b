using System.ComponentModel;

namespace FactCheck.Compiled;

/// <summary>Where a quote stands in a source document, as <see cref="CompiledWriter"/> writes it. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PassageRecord
{
    /// <summary>Gets or sets the id of the document that holds the passage.</summary>
    public string SourceId { get; set; } = string.Empty;

    /// <summary>Gets or sets the offset of the passage's first character, from 0.</summary>
    public int Offset { get; set; }

    /// <summary>Gets or sets the line of the passage's first character, from 1.</summary>
    public int Line { get; set; }

    /// <summary>Gets or sets the column of the passage's first character, from 1.</summary>
    public int Column { get; set; }

    /// <summary>Gets or sets the passage's length in the document.</summary>
    public int Length { get; set; }
}
