using System;

namespace FactCheck;

/// <summary>A passage of a source document: where a quote was found, and the document's own words there. Compared by value.</summary>
public sealed class SourcePassage : IEquatable<SourcePassage>
{
    private string? _text;

    /// <summary>Initializes a new instance of the <see cref="SourcePassage"/> class.</summary>
    /// <param name="document">The document that holds the passage.</param>
    /// <param name="start">The position of the passage's first character in the document.</param>
    /// <param name="length">The passage's length in the document, in UTF-16 characters.</param>
    /// <exception cref="ArgumentOutOfRangeException">The passage does not lie within the document's text.</exception>
    public SourcePassage(SourceDocument document, TextPosition start, int length)
    {
        Document = Argument.NotNull(document, nameof(document));
        if (start.Offset < 0 || length < 0 || start.Offset > document.Text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"The passage at {start.Offset} of length {length} is not within source '{document.Id}'.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the document that holds the passage.</summary>
    public SourceDocument Document { get; }

    /// <summary>Gets the position of the passage's first character in the document.</summary>
    public TextPosition Start { get; }

    /// <summary>Gets the passage's length in the document's text, which may differ from the quote's own length where white space, case or punctuation were normalised.</summary>
    public int Length { get; }

    /// <summary>Gets the passage exactly as the document writes it.</summary>
    public string Text => _text ??= Document.Text.Substring(Start.Offset, Length);

    /// <inheritdoc/>
    public bool Equals(SourcePassage? other) =>
        other is not null && Start == other.Start && Length == other.Length && string.Equals(Document.Id, other.Document.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourcePassage);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Document.Id) * 397) ^ (Start.GetHashCode() * 31) ^ Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Document.Id}{Start}";
}
