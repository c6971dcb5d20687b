using System;
using System.Collections.Generic;
using FactCheck.Language;
using FactCheck.Language.Binding;

namespace FactCheck.Generator.Model;

/// <summary>
/// The claims that passed every check, as file-and-id keys. Each file's generated code depends on this small
/// value rather than on the whole set, so an edit that keeps every claim valid regenerates only the edited file.
/// </summary>
/// <param name="Keys">The keys, in file order.</param>
internal sealed record ClaimKeys(EquatableArray<string> Keys)
{
    // Built once and shared by every file's output step: a set per file would cost files × claims.
    private HashSet<string>? _lookup;

    public static string KeyOf(BoundClaim claim) => KeyOf(claim.FilePath, claim.Id);

    public static string KeyOf(IncludedClaim claim) => KeyOf(claim.FilePath, claim.Id);

    private static string KeyOf(string filePath, string id) => filePath + "\n" + id;

    /// <summary>Gets whether the claim passed every check.</summary>
    public bool Includes(BoundClaim claim) =>
        (_lookup ??= new HashSet<string>(Keys, StringComparer.Ordinal)).Contains(KeyOf(claim));

    /// <summary>Compares the keys alone; the lookup is only a cache of them.</summary>
    public bool Equals(ClaimKeys? other) => other is not null && Keys.Equals(other.Keys);

    /// <inheritdoc/>
    public override int GetHashCode() => Keys.GetHashCode();
}
