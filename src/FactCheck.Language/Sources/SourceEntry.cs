using System;
using FactCheck.Language.Matching;

namespace FactCheck.Language.Sources;

/// <summary>A source document known to the binder: its id, file and text, the byline's author, and its quote index.</summary>
internal sealed class SourceEntry : IEquatable<SourceEntry>
{
    private readonly Lazy<SourceIndex> _index;

    internal SourceEntry(string id, string path, string fileName, string text, string? bylineAuthor)
    {
        Id = id;
        Path = path;
        FileName = fileName;
        Text = text;
        BylineAuthor = bylineAuthor;
        _index = new Lazy<SourceIndex>(() => new SourceIndex(text));
    }

    /// <summary>Gets the document's id.</summary>
    public string Id { get; }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the file's name.</summary>
    public string FileName { get; }

    /// <summary>Gets the document's text.</summary>
    public string Text { get; }

    /// <summary>Gets the author named by the byline the text opens with, if any.</summary>
    public string? BylineAuthor { get; }

    /// <summary>Gets the quote index, built on first use and then shared by every quote of the document.</summary>
    public SourceIndex Index => _index.Value;

    /// <inheritdoc/>
    public bool Equals(SourceEntry? other) =>
        other is not null && Id == other.Id && Path == other.Path && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Id.GetHashCode() * 397) ^ Text.Length);
}
