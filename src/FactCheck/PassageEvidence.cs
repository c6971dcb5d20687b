namespace FactCheck;

/// <summary>Evidence quoted from a source document: <c>evidence: 000 '...'</c>.</summary>
public sealed class PassageEvidence : Evidence
{
    internal PassageEvidence(string quote, SourcePassage passage)
    {
        Quote = quote;
        Passage = passage;
    }

    /// <summary>Gets the passage as the <c>.check</c> file quotes it.</summary>
    public string Quote { get; }

    /// <summary>Gets where the quote was found, and the document's own words there.</summary>
    public SourcePassage Passage { get; }

    /// <inheritdoc/>
    public override string ToString() => Passage.ToString();
}
