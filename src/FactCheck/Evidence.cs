using System;

namespace FactCheck;

/// <summary>What backs a verdict: a passage of a source document, or a link.</summary>
public sealed class Evidence
{
    private Evidence(EvidenceKind kind, string? quote, SourcePassage? passage, Uri? url)
    {
        Kind = kind;
        Quote = quote;
        Passage = passage;
        Url = url;
    }

    /// <summary>Gets which form of evidence this is.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets the passage as the <c>.check</c> file quotes it, for <see cref="EvidenceKind.Passage"/>.</summary>
    public string? Quote { get; }

    /// <summary>Gets where the passage was found, for <see cref="EvidenceKind.Passage"/>.</summary>
    public SourcePassage? Passage { get; }

    /// <summary>Gets the link, for <see cref="EvidenceKind.Link"/>.</summary>
    public Uri? Url { get; }

    /// <summary>Creates evidence that quotes a source document.</summary>
    /// <param name="quote">The passage as the <c>.check</c> file quotes it.</param>
    /// <param name="passage">Where it was found.</param>
    /// <returns>The evidence.</returns>
    public static Evidence FromPassage(string quote, SourcePassage passage) => new(EvidenceKind.Passage, quote, passage, null);

    /// <summary>Creates evidence that links to an outside document.</summary>
    /// <param name="url">An absolute http or https address.</param>
    /// <returns>The evidence.</returns>
    public static Evidence FromLink(Uri url) => new(EvidenceKind.Link, null, null, url);
}
