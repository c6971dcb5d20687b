using System;

namespace FactCheck;

/// <summary>A document that claims quote: one file of the sources folder, with what its <c>document:</c> entry says of it.</summary>
public sealed class SourceDocument
{
    internal SourceDocument(string id, string fileName, string text, string? title, string? author, PartyKind? authorKind, Uri? url, CalendarDate? published)
    {
        Id = id;
        FileName = fileName;
        Text = text;
        Title = title;
        Author = author;
        AuthorKind = author is null ? null : authorKind ?? PartyKind.Person;
        Url = url;
        Published = published;
    }

    /// <summary>Gets the document's id, as claims name it in <c>source:</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the document's file name.</summary>
    public string FileName { get; }

    /// <summary>Gets the document's full text.</summary>
    public string Text { get; }

    /// <summary>Gets the document's title, from its <c>document:</c> entry.</summary>
    public string? Title { get; }

    /// <summary>Gets the document's author: its <c>document:</c> entry's <c>author:</c>, else the byline the text opens with.</summary>
    public string? Author { get; }

    /// <summary>
    /// Gets whether <see cref="Author"/> is a person or an organisation: <see langword="null"/> when the document has no
    /// author, <see cref="PartyKind.Person"/> for a byline or an <c>author:</c> that does not say.
    /// </summary>
    public PartyKind? AuthorKind { get; }

    /// <summary>Gets where the document was published, from its <c>document:</c> entry.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the day the document was published, from its <c>document:</c> entry.</summary>
    public CalendarDate? Published { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
