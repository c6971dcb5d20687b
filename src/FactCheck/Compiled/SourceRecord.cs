using System.ComponentModel;

namespace FactCheck.Compiled;

/// <summary>The fields of a source document, as <see cref="CompiledWriter"/> writes them. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SourceRecord
{
    /// <summary>Gets or sets the document's id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the document's file name.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>Gets or sets the document's full text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets the document's title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the document's author.</summary>
    public string? Author { get; set; }

    /// <summary>Gets or sets whether <see cref="Author"/> is a person or an organisation; a person unless set.</summary>
    public PartyKind AuthorKind { get; set; }

    /// <summary>Gets or sets where the document was published, as written.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the day the document was published.</summary>
    public CalendarDate? Published { get; set; }
}
