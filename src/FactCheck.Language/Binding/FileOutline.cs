using System.Collections.Immutable;
using FactCheck.Language.Naming;

namespace FactCheck.Language.Binding;

/// <summary>
/// The part of a bound file that binding the set depends on: ids, C# names, sources and links, but no line, column or
/// offset. An edit that keeps them (a reworded note, a moved line) leaves the outline equal, so the generator does not
/// bind the set again.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Claims">Its bound claims, in the order of <see cref="BoundFile.Claims"/>.</param>
/// <param name="DeclaredClaimIds">The ids of every claim of the file, with or without errors.</param>
/// <param name="Documents">Its bound document entries, in the order of <see cref="BoundFile.Documents"/>.</param>
internal sealed record FileOutline(string Path, EquatableArray<ClaimOutline> Claims, EquatableArray<string> DeclaredClaimIds, EquatableArray<DocumentOutline> Documents)
{
    /// <summary>Outlines a bound file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>Its outline.</returns>
    public static FileOutline Of(BoundFile file)
    {
        ImmutableArray<ClaimOutline>.Builder claims = ImmutableArray.CreateBuilder<ClaimOutline>(file.Claims.Count);
        foreach (BoundClaim claim in file.Claims)
        {
            ImmutableArray<string>.Builder links = ImmutableArray.CreateBuilder<string>(claim.Supports.Count + claim.Contradicts.Count);
            foreach (ClaimLink link in claim.Supports)
            {
                links.Add(link.ClaimId);
            }

            foreach (ClaimLink link in claim.Contradicts)
            {
                links.Add(link.ClaimId);
            }

            claims.Add(new ClaimOutline(claim.Id, Identifiers.ToPascalCase(claim.Id, CheckSetBinder.ClaimDigitPrefix), claim.SourceId, new EquatableArray<string>(links.MoveToImmutable())));
        }

        ImmutableArray<DocumentOutline>.Builder documents = ImmutableArray.CreateBuilder<DocumentOutline>(file.Documents.Count);
        foreach (BoundDocument document in file.Documents)
        {
            documents.Add(new DocumentOutline(document.SourceId, document.Title, document.Author, document.Url, document.Published));
        }

        return new FileOutline(file.Path, new EquatableArray<ClaimOutline>(claims.MoveToImmutable()), file.DeclaredClaimIds, new EquatableArray<DocumentOutline>(documents.MoveToImmutable()));
    }
}
