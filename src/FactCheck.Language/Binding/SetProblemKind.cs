namespace FactCheck.Language.Binding;

/// <summary>What the set binder found wrong, before it is placed in a file as a diagnostic.</summary>
internal enum SetProblemKind
{
    /// <summary>A claim's id was already used by an earlier claim.</summary>
    DuplicateClaimId,

    /// <summary>A claim's C# name is one the generated code reserves.</summary>
    ReservedClaimName,

    /// <summary>A claim's C# name is an earlier claim's.</summary>
    ClaimNameCollision,

    /// <summary>A claim links to an id no claim has.</summary>
    UnknownLinkedClaim,

    /// <summary>A source document was already described by an earlier <c>document:</c> entry.</summary>
    DuplicateDocument,

    /// <summary>A source document's C# name is reserved or another source's.</summary>
    SourceNameCollision,
}
