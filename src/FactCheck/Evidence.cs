namespace FactCheck;

/// <summary>What backs a verdict: a <see cref="PassageEvidence"/> quoting a source document, or a <see cref="LinkEvidence"/>.</summary>
public abstract class Evidence
{
    private protected Evidence()
    {
    }
}
