namespace FactCheck;

/// <summary>The two forms of evidence.</summary>
public enum EvidenceKind
{
    /// <summary>A passage quoted from a source document: <c>evidence: 000 '...'</c>.</summary>
    Passage,

    /// <summary>A link to an outside document: <c>evidence: 'https://...'</c>.</summary>
    Link,
}
