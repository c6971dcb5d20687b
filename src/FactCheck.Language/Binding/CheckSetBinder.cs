using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Fields;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Naming;
using FactCheck.Language.Sources;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>
/// Binds the files of a build together: ids unique across files, links that resolve, C# names that do not collide.
/// The decisions are taken on the files' outlines alone, then each problem is placed at its line and column, so the
/// generator can keep the bound set across an edit that only moves text.
/// </summary>
internal static class CheckSetBinder
{
    /// <summary>The prefix of a claim's C# name when its id starts with a digit.</summary>
    public const string ClaimDigitPrefix = "Claim";

    /// <summary>The prefix of a source's C# name when its id starts with a digit.</summary>
    public const string SourceDigitPrefix = "Source";

    /// <summary>Names the generated types use themselves, or inherit from <see cref="object"/> and <see cref="Enum"/>.</summary>
    private static readonly HashSet<string> s_reservedNames = new(StringComparer.Ordinal)
    {
        "All", "Claims", "Sources", "ClaimId", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "CompareTo", "HasFlag", "GetTypeCode",
    };

    /// <summary>Binds the files together, their verdicts judged on the default scale.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="files">Every bound <c>.check</c> file of the build.</param>
    /// <returns>The claims and sources that compile, and the set's own diagnostics.</returns>
    public static CheckSet Bind(SourceCatalog sources, IEnumerable<BoundFile> files)
    {
        BoundFile[] all = files.Select(file => Scales.VerdictBinder.Judge(file, Scales.ProjectScale.Default)).ToArray();
        return Bind(sources, all, Array.ConvertAll(all, FileOutline.Of));
    }

    /// <summary>Binds the files together from outlines already made, such as those an editor kept for unchanged files.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="files">Every bound <c>.check</c> file of the build.</param>
    /// <param name="outlines">The outline of each of <paramref name="files"/>, in the same order, as <see cref="FileOutline.Of"/> gives it.</param>
    /// <returns>The claims and sources that compile, and the set's own diagnostics.</returns>
    public static CheckSet Bind(SourceCatalog sources, IReadOnlyList<BoundFile> files, IReadOnlyList<FileOutline> outlines)
    {
        int[] order = OrderByPath(Enumerable.Range(0, files.Count), index => files[index].Path);
        BoundFile[] ordered = Array.ConvertAll(order, index => files[index]);
        Outcome outcome = Decide(sources, Array.ConvertAll(order, index => outlines[index]));
        var claims = new List<ResolvedClaim>(outcome.Included.Count);
        foreach ((int file, int claim, string name) in outcome.Included)
        {
            claims.Add(new ResolvedClaim(ordered[file].Claims[claim], name));
        }

        return new CheckSet(outcome.Sources, claims.ToEquatableArray(), Place(outcome.Problems, sources, ordered));
    }

    /// <summary>Binds the files together from their outlines, leaving the problems to be placed by <see cref="Diagnostics"/>.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="files">The outline of every bound <c>.check</c> file of the build.</param>
    /// <returns>The claims and sources that compile, and the set's problems.</returns>
    public static CheckSetOutline BindOutlines(SourceCatalog sources, IEnumerable<FileOutline> files)
    {
        FileOutline[] ordered = OrderByPath(files, file => file.Path);
        Outcome outcome = Decide(sources, ordered);
        var claims = new List<IncludedClaim>(outcome.Included.Count);
        foreach ((int file, int claim, string name) in outcome.Included)
        {
            claims.Add(new IncludedClaim(ordered[file].Path, ordered[file].Claims[claim].Id, name));
        }

        return new CheckSetOutline(
            outcome.Sources,
            claims.ToEquatableArray(),
            outcome.Problems.ToEquatableArray(),
            outcome.Problems.Count > 0 || sources.Diagnostics.Count > 0);
    }

    /// <summary>Places the diagnostics of a set bound from outlines, at their lines and columns in the bound files.</summary>
    /// <param name="set">The set, bound from the outlines of <paramref name="files"/>.</param>
    /// <param name="sources">The source documents.</param>
    /// <param name="files">Every bound <c>.check</c> file of the build.</param>
    /// <returns>The set's diagnostics, as <see cref="Bind(SourceCatalog, IEnumerable{BoundFile})"/> gives them.</returns>
    public static EquatableArray<CheckDiagnostic> Diagnostics(CheckSetOutline set, SourceCatalog sources, IEnumerable<BoundFile> files) =>
        set.HasDiagnostics ? Place(set.Problems, sources, OrderByPath(files, file => file.Path)) : default;

    private static T[] OrderByPath<T>(IEnumerable<T> files, Func<T, string> path) => files.OrderBy(path, StringComparer.Ordinal).ToArray();

    private static Outcome Decide(SourceCatalog sources, FileOutline[] files)
    {
        var problems = new List<SetProblem>();
        var declared = new HashSet<string>(files.SelectMany(file => file.DeclaredClaimIds), StringComparer.Ordinal);
        var byId = new Dictionary<string, (int File, int Claim)>(StringComparer.Ordinal);
        var byName = new Dictionary<string, (int File, int Claim)>(StringComparer.Ordinal);
        var included = new List<(int File, int Claim, string Name)>();
        for (int f = 0; f < files.Length; f++)
        {
            EquatableArray<ClaimOutline> claims = files[f].Claims;
            for (int c = 0; c < claims.Count; c++)
            {
                ClaimOutline claim = claims[c];
                if (byId.TryGetValue(claim.Id, out (int File, int Claim) first))
                {
                    problems.Add(new SetProblem(SetProblemKind.DuplicateClaimId, f, c, -1, first.File, first.Claim, null));
                    continue;
                }

                byId.Add(claim.Id, (f, c));
                string name = claim.MemberName;
                if (s_reservedNames.Contains(name))
                {
                    problems.Add(new SetProblem(SetProblemKind.ReservedClaimName, f, c, -1, -1, -1, name));
                    continue;
                }

                if (byName.TryGetValue(name, out (int File, int Claim) namesake))
                {
                    problems.Add(new SetProblem(SetProblemKind.ClaimNameCollision, f, c, -1, namesake.File, namesake.Claim, name));
                    continue;
                }

                byName.Add(name, (f, c));
                bool linksResolve = true;
                for (int l = 0; l < claim.Links.Count; l++)
                {
                    if (!declared.Contains(claim.Links[l]))
                    {
                        linksResolve = false;
                        problems.Add(new SetProblem(SetProblemKind.UnknownLinkedClaim, f, c, l, -1, -1, null));
                    }
                }

                if (linksResolve)
                {
                    included.Add((f, c, name));
                }
            }
        }

        EquatableArray<ResolvedSource> resolvedSources = ResolveSources(sources, files, problems);
        var usable = new HashSet<string>(resolvedSources.Select(source => source.Id), StringComparer.Ordinal);
        included.RemoveAll(claim => !usable.Contains(files[claim.File].Claims[claim.Claim].SourceId));
        return new Outcome(resolvedSources, included, problems);
    }

    private static EquatableArray<ResolvedSource> ResolveSources(SourceCatalog sources, FileOutline[] files, List<SetProblem> problems)
    {
        var described = new Dictionary<string, DocumentOutline>(StringComparer.Ordinal);
        var firstEntry = new Dictionary<string, (int File, int Document)>(StringComparer.Ordinal);
        for (int f = 0; f < files.Length; f++)
        {
            EquatableArray<DocumentOutline> documents = files[f].Documents;
            for (int d = 0; d < documents.Count; d++)
            {
                DocumentOutline document = documents[d];
                if (firstEntry.TryGetValue(document.SourceId, out (int File, int Document) first))
                {
                    problems.Add(new SetProblem(SetProblemKind.DuplicateDocument, f, d, -1, first.File, first.Document, null));
                    continue;
                }

                firstEntry.Add(document.SourceId, (f, d));
                described.Add(document.SourceId, document);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<ResolvedSource>();
        for (int s = 0; s < sources.Documents.Count; s++)
        {
            SourceEntry source = sources.Documents[s];
            string name = Identifiers.ToPascalCase(source.Id, SourceDigitPrefix);
            if (s_reservedNames.Contains(name) || !names.Add(name))
            {
                problems.Add(new SetProblem(SetProblemKind.SourceNameCollision, -1, s, -1, -1, -1, name));
                continue;
            }

            described.TryGetValue(source.Id, out DocumentOutline? document);
            resolved.Add(new ResolvedSource(source.Id, source.FileName, source.Text, document?.Title, document?.Author ?? Byline(source), document?.Url, document?.Published, name));
        }

        return resolved.ToEquatableArray();
    }

    // A byline names a person: an organisation's name does not read as one.
    private static Party? Byline(SourceEntry source) => source.BylineAuthor is { } name ? new Party(name, PartyKind.Person) : null;

    private static EquatableArray<CheckDiagnostic> Place(IReadOnlyList<SetProblem> problems, SourceCatalog sources, BoundFile[] files)
    {
        var diagnostics = new List<CheckDiagnostic>(sources.Diagnostics);
        HashSet<string>? declared = null;
        foreach (SetProblem problem in problems)
        {
            switch (problem.Kind)
            {
                case SetProblemKind.DuplicateClaimId:
                {
                    BoundClaim claim = files[problem.File].Claims[problem.Item];
                    BoundClaim first = files[problem.FirstFile].Claims[problem.FirstItem];
                    diagnostics.Add(DiagnosticCatalog.DuplicateClaimId.At(claim.FilePath, claim.IdRange, $"The claim id '{claim.Id}' is already used at {Where(claim.FilePath, first.FilePath, first.IdRange)}: give this claim another id:."));
                    break;
                }

                case SetProblemKind.ReservedClaimName:
                {
                    BoundClaim claim = files[problem.File].Claims[problem.Item];
                    diagnostics.Add(DiagnosticCatalog.NameCollision.At(claim.FilePath, claim.IdRange, $"The claim id '{claim.Id}' becomes the C# name '{problem.Name}', which the generated code reserves: give the claim another id:."));
                    break;
                }

                case SetProblemKind.ClaimNameCollision:
                {
                    BoundClaim claim = files[problem.File].Claims[problem.Item];
                    BoundClaim namesake = files[problem.FirstFile].Claims[problem.FirstItem];
                    diagnostics.Add(DiagnosticCatalog.NameCollision.At(claim.FilePath, claim.IdRange, $"The claim ids '{claim.Id}' and '{namesake.Id}' (at {Where(claim.FilePath, namesake.FilePath, namesake.IdRange)}) both become the C# name '{problem.Name}': give this claim an id: that differs in more than punctuation or case."));
                    break;
                }

                case SetProblemKind.UnknownLinkedClaim:
                {
                    BoundClaim claim = files[problem.File].Claims[problem.Item];
                    ClaimLink link = problem.Link < claim.Supports.Count ? claim.Supports[problem.Link] : claim.Contradicts[problem.Link - claim.Supports.Count];
                    declared ??= new HashSet<string>(files.SelectMany(file => file.DeclaredClaimIds), StringComparer.Ordinal);
                    string? closest = Suggestions.Closest(link.ClaimId, declared);
                    diagnostics.Add(DiagnosticCatalog.UnknownLinkedClaim.At(claim.FilePath, link.Range, $"No claim has the id '{link.ClaimId}'.{Suggestions.DidYouMean(closest)} Link to the id: of a claim in any .check file of the build.", Suggestions.Replace(link.Range, closest)));
                    break;
                }

                case SetProblemKind.DuplicateDocument:
                {
                    BoundDocument document = files[problem.File].Documents[problem.Item];
                    BoundDocument first = files[problem.FirstFile].Documents[problem.FirstItem];
                    diagnostics.Add(DiagnosticCatalog.DuplicateSource.At(document.FilePath, document.KeywordRange, $"Source document '{document.SourceId}' is already described at {Where(document.FilePath, first.FilePath, first.KeywordRange)}: merge the two document: entries into one."));
                    break;
                }

                case SetProblemKind.SourceNameCollision:
                {
                    SourceEntry source = sources.Documents[problem.Item];
                    diagnostics.Add(DiagnosticCatalog.NameCollision.At(source.Path, TextRange.At(new TextPosition(0, 1, 1)), $"The source id '{source.Id}' becomes the C# name '{problem.Name}', which another source or the generated class already has: rename the file '{source.FileName}'."));
                    break;
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>Names a place in another file (or the same one) as the build and the command line both can: relative to the file reported.</summary>
    private static string Where(string reportedFile, string path, TextRange range) => $"{FilePaths.RelativeTo(reportedFile, path)}({range.Start.Line},{range.Start.Column})";

    private sealed record Outcome(EquatableArray<ResolvedSource> Sources, List<(int File, int Claim, string Name)> Included, List<SetProblem> Problems);
}
