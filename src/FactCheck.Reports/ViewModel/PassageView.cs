namespace FactCheck.Reports.ViewModel;

/// <summary>
/// A quoted passage, and its context: the paragraph around it, narrowed to its sentences when the paragraph is long.
/// The built-in page shows <see cref="Text"/> and links to the passage in the annotated source, so that a source's text
/// appears once in the page; a template may write <see cref="Before"/>, <see cref="Text"/> and <see cref="After"/> instead.
/// </summary>
public sealed class PassageView
{
    /// <summary>Gets the source document that holds the passage.</summary>
    public required SourceView Source { get; init; }

    /// <summary>Gets the link into the annotated source: to the highlighted passage of a claim, else to the passage's paragraph.</summary>
    public required string Href { get; init; }

    /// <summary>Gets whether the context starts inside a paragraph, so a reader should see an ellipsis before it.</summary>
    public required bool ClippedBefore { get; init; }

    /// <summary>Gets the context before the passage.</summary>
    public required string Before { get; init; }

    /// <summary>Gets the passage exactly as the source writes it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the context after the passage.</summary>
    public required string After { get; init; }

    /// <summary>Gets whether the context ends inside a paragraph, so a reader should see an ellipsis after it.</summary>
    public required bool ClippedAfter { get; init; }

    /// <summary>Gets the line of the passage's first character in the source, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the column of the passage's first character in the source, from 1.</summary>
    public required int Column { get; init; }
}
