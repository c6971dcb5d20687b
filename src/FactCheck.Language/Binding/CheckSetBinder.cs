using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Naming;
using FactCheck.Language.Sources;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>Binds the files of a build together: ids unique across files, links that resolve, C# names that do not collide.</summary>
public static class CheckSetBinder
{
    /// <summary>The prefix of a claim's C# name when its id starts with a digit.</summary>
    public const string ClaimDigitPrefix = "Claim";

    /// <summary>The prefix of a source's C# name when its id starts with a digit.</summary>
    public const string SourceDigitPrefix = "Source";

    /// <summary>Names the generated classes use themselves, or inherit from <see cref="object"/>.</summary>
    private static readonly HashSet<string> s_reservedNames = new(StringComparer.Ordinal)
    {
        "All", "Claims", "Sources", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Binds the files together.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="files">Every bound <c>.check</c> file of the build.</param>
    /// <returns>The claims and sources that compile, and the set's own diagnostics.</returns>
    public static CheckSet Bind(SourceCatalog sources, IEnumerable<BoundFile> files)
    {
        BoundFile[] ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new List<CheckDiagnostic>(sources.Diagnostics);
        var declared = new HashSet<string>(ordered.SelectMany(file => file.DeclaredClaimIds), StringComparer.Ordinal);
        var byId = new Dictionary<string, BoundClaim>(StringComparer.Ordinal);
        var byName = new Dictionary<string, BoundClaim>(StringComparer.Ordinal);
        var claims = new List<ResolvedClaim>();

        foreach (BoundClaim claim in ordered.SelectMany(file => file.Claims))
        {
            if (byId.TryGetValue(claim.Id, out BoundClaim? first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateClaimId.At(claim.FilePath, claim.IdRange, $"The claim id '{claim.Id}' is already used at {Where(first.FilePath, first.IdRange)}: give this claim another id:."));
                continue;
            }

            byId.Add(claim.Id, claim);
            string name = Identifiers.ToPascalCase(claim.Id, ClaimDigitPrefix);
            if (s_reservedNames.Contains(name))
            {
                diagnostics.Add(DiagnosticCatalog.NameCollision.At(claim.FilePath, claim.IdRange, $"The claim id '{claim.Id}' becomes the C# name '{name}', which the generated class reserves: give the claim another id:."));
                continue;
            }

            if (byName.TryGetValue(name, out BoundClaim? namesake))
            {
                diagnostics.Add(DiagnosticCatalog.NameCollision.At(claim.FilePath, claim.IdRange, $"The claim ids '{claim.Id}' and '{namesake.Id}' (at {Where(namesake.FilePath, namesake.IdRange)}) both become the C# name '{name}': give this claim an id: that differs in more than punctuation or case."));
                continue;
            }

            byName.Add(name, claim);
            bool linksResolve = true;
            foreach (ClaimLink link in claim.Supports.Concat(claim.Contradicts))
            {
                if (!declared.Contains(link.ClaimId))
                {
                    linksResolve = false;
                    diagnostics.Add(DiagnosticCatalog.UnknownLinkedClaim.At(claim.FilePath, link.Range, $"No claim has the id '{link.ClaimId}'.{Suggestions.DidYouMean(link.ClaimId, declared)} Link to the id: of a claim in any .check file of the build."));
                }
            }

            if (linksResolve)
            {
                claims.Add(new ResolvedClaim(claim, name));
            }
        }

        EquatableArray<ResolvedSource> resolvedSources = ResolveSources(sources, ordered, diagnostics);
        var usable = new HashSet<string>(resolvedSources.Select(source => source.Id), StringComparer.Ordinal);
        return new CheckSet(
            resolvedSources,
            claims.Where(resolved => usable.Contains(resolved.Claim.SourceId)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    private static EquatableArray<ResolvedSource> ResolveSources(SourceCatalog sources, BoundFile[] files, List<CheckDiagnostic> diagnostics)
    {
        var described = new Dictionary<string, BoundDocument>(StringComparer.Ordinal);
        foreach (BoundDocument document in files.SelectMany(file => file.Documents))
        {
            if (described.TryGetValue(document.SourceId, out BoundDocument? first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSource.At(document.FilePath, document.KeywordRange, $"Source document '{document.SourceId}' is already described at {Where(first.FilePath, first.KeywordRange)}: merge the two document: entries into one."));
                continue;
            }

            described.Add(document.SourceId, document);
        }

        var names = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        var resolved = new List<ResolvedSource>();
        foreach (SourceEntry source in sources.Documents)
        {
            string name = Identifiers.ToPascalCase(source.Id, SourceDigitPrefix);
            if (s_reservedNames.Contains(name) || names.ContainsKey(name))
            {
                diagnostics.Add(DiagnosticCatalog.NameCollision.At(source.Path, TextRange.At(new TextPosition(0, 1, 1)), $"The source id '{source.Id}' becomes the C# name '{name}', which another source or the generated class already has: rename the file '{source.FileName}'."));
                continue;
            }

            names.Add(name, source);
            described.TryGetValue(source.Id, out BoundDocument? document);
            resolved.Add(new ResolvedSource(source.Id, source.FileName, source.Text, document?.Title, document?.Author ?? source.BylineAuthor, document?.Url, document?.Published, name));
        }

        return resolved.ToEquatableArray();
    }

    private static string Where(string path, TextRange range) => $"{path}({range.Start.Line},{range.Start.Column})";
}
