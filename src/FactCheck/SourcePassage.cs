namespace FactCheck;

/// <summary>Where a quoted passage was found in a source document: its start and its length in the document's own text.</summary>
public sealed class SourcePassage
{
    /// <summary>Initializes a new instance of the <see cref="SourcePassage"/> class.</summary>
    /// <param name="sourceId">The id of the source document that holds the passage.</param>
    /// <param name="start">The position of the passage's first character in the document.</param>
    /// <param name="length">The passage's length in the document, in UTF-16 characters.</param>
    public SourcePassage(string sourceId, TextPosition start, int length)
    {
        SourceId = sourceId;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the id of the source document that holds the passage.</summary>
    public string SourceId { get; }

    /// <summary>Gets the position of the passage's first character in the document.</summary>
    public TextPosition Start { get; }

    /// <summary>Gets the passage's length in the document's text, which may differ from the quote's own length where white space, case or punctuation were normalised.</summary>
    public int Length { get; }

    /// <summary>Gets the passage exactly as the document writes it.</summary>
    /// <param name="document">The document named by <see cref="SourceId"/>.</param>
    /// <returns>The text of the passage.</returns>
    public string TextIn(SourceDocument document) => document.Text.Substring(Start.Offset, Length);
}
