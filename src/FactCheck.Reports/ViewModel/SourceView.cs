using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>A source document: what claims say of it, and its whole text split into highlighted runs.</summary>
public sealed class SourceView
{
    /// <summary>Gets the document's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the element id of the annotated source: <c>source-{id}</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>Gets the element id of the annotated source's heading: <c>sourcetitle-{id}</c>.</summary>
    public required string TitleAnchor { get; init; }

    /// <summary>Gets the link to the annotated source within the page: <c>#source-{id}</c>.</summary>
    public required string Href { get; init; }

    /// <summary>Gets the document's title, else its file name.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the document's file name.</summary>
    public required string FileName { get; init; }

    /// <summary>Gets the document's author, or <see langword="null"/>.</summary>
    public required string? Author { get; init; }

    /// <summary>Gets where the document was published, or <see langword="null"/>; always an http or https address.</summary>
    public required string? Url { get; init; }

    /// <summary>Gets the day the document was published, or <see langword="null"/>.</summary>
    public required DateView? Published { get; init; }

    /// <summary>Gets the paragraphs of the text, each a sequence of plain and highlighted runs; blank lines between paragraphs are dropped.</summary>
    public required IReadOnlyList<ParagraphView> Paragraphs { get; init; }
}
