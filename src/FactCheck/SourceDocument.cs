using System;

namespace FactCheck;

/// <summary>A document that claims quote: one file of the sources folder, with what its <c>document:</c> entry says of it.</summary>
public sealed class SourceDocument
{
    internal SourceDocument(string id, string fileName, string text, string? title, string? author, Uri? url, CalendarDate? published)
    {
        Id = id;
        FileName = fileName;
        Text = text;
        Title = title;
        Author = author;
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

    /// <summary>Gets where the document was published, from its <c>document:</c> entry.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the day the document was published, from its <c>document:</c> entry.</summary>
    public CalendarDate? Published { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
