using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Fields;
using FactCheck.Language.Matching;
using FactCheck.Language.Scales;
using FactCheck.Language.Sources;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>Hover, go to definition, find references and rename: what a place of a <c>.check</c> file names.</summary>
internal static class NavigationProvider
{
    /// <summary>Describes what stands at a place.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="offset">The place.</param>
    /// <returns>The hover, or <see langword="null"/>.</returns>
    public static Hover? HoverAt(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (Site(snapshot, path, offset) is not { } site)
        {
            return null;
        }

        if (site.Token is not { } token)
        {
            FieldSpec? spec = EntryKinds.FieldsOf(EntryKinds.KeywordOf(site.Entry)).FirstOrDefault(field => field.Name == site.Field!.Name);
            return spec is null ? null : new Hover(new MarkupContent($"**{spec.Name}:** {LspConvert.Markdown(spec.Summary)}"), WorkspaceSnapshot.ToLsp(site.Field!.NameRange));
        }

        string? markdown = site.FieldName switch
        {
            "status" or "verdict" when snapshot.Compilation.Scale.Find(token.Text) is { } verdict => VerdictMarkdown(verdict),
            _ when IsSourceId(site) => SourceDescription.Of(snapshot, token.Text),
            "supports" or "contradicts" => LinkedClaim(snapshot, token.Text),
            _ when PassageOf(snapshot, site) is { } found => SourceDescription.Passage(found.Source, found.Match),
            _ => null,
        };
        return markdown is null ? null : new Hover(new MarkupContent(markdown), WorkspaceSnapshot.ToLsp(token.Range));
    }

    /// <summary>Finds where what stands at a place is defined: a claim, a source file, a passage of a source.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="offset">The place.</param>
    /// <returns>The locations; none when nothing is defined elsewhere.</returns>
    public static Location[] Definition(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (Site(snapshot, path, offset) is not { Token: { } token } site)
        {
            return [];
        }

        if (site.FieldName is "supports" or "contradicts")
        {
            return snapshot.Claims.Where(claim => claim.Id == token.Text).Select(claim => Locate(snapshot, claim.FilePath, claim.IdRange)).ToArray();
        }

        if (IsSourceId(site))
        {
            return snapshot.TryGetSource(token.Text, out SourceEntry source)
                ? [new Location(snapshot.UriOf(source.Path), new LspRange(new Position(0, 0), new Position(0, 0)))]
                : [];
        }

        return PassageOf(snapshot, site) is { } found
            ? [new Location(snapshot.UriOf(found.Source.Path), snapshot.RangeOf(found.Source.Path, found.Match.Offset, found.Match.Length))]
            : [];
    }

    /// <summary>Finds the references to a source id (the claims and documents citing it) or a claim id (the links to it).</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="offset">The place.</param>
    /// <param name="includeDeclaration">Whether to include the claim itself, or the source's file.</param>
    /// <returns>The locations.</returns>
    public static Location[] References(WorkspaceSnapshot snapshot, string path, int offset, bool includeDeclaration)
    {
        if (Site(snapshot, path, offset) is not { Token: { } token } site)
        {
            return [];
        }

        if (IsSourceId(site))
        {
            var citing = SourceCitations(snapshot, token.Text).ToList();
            if (includeDeclaration && snapshot.TryGetSource(token.Text, out SourceEntry source))
            {
                citing.Insert(0, new Location(snapshot.UriOf(source.Path), new LspRange(new Position(0, 0), new Position(0, 0))));
            }

            return [.. citing];
        }

        if (ClaimIdAt(snapshot, path, site) is not { } id)
        {
            return [];
        }

        IEnumerable<Location> declarations = includeDeclaration
            ? snapshot.Claims.Where(claim => claim.Id == id).Select(claim => Locate(snapshot, claim.FilePath, claim.IdRange))
            : [];
        return [.. declarations, .. Links(snapshot, id).Select(link => Locate(snapshot, link.FilePath, link.Token.Range))];
    }

    /// <summary>Gets the claim id a rename at a place would change, with where it stands.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="offset">The place.</param>
    /// <returns>The range and current id, or <see langword="null"/> when no claim id stands there.</returns>
    public static PrepareRenameResult? PrepareRename(WorkspaceSnapshot snapshot, string path, int offset) =>
        Site(snapshot, path, offset) is { Token: { } token } site && ClaimIdAt(snapshot, path, site) is { } id
            ? new PrepareRenameResult(WorkspaceSnapshot.ToLsp(token.Range), id)
            : null;

    /// <summary>Renames a claim id: its <c>id:</c> (written when the claim had none) and every link to it, in every file.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="offset">The place.</param>
    /// <param name="newName">The new id.</param>
    /// <returns>The edits, or <see langword="null"/> when no claim id stands there.</returns>
    /// <exception cref="ArgumentException">The new id is not a word.</exception>
    public static WorkspaceEdit? Rename(WorkspaceSnapshot snapshot, string path, int offset, string newName)
    {
        if (Site(snapshot, path, offset) is not { } site || ClaimIdAt(snapshot, path, site) is not { } id)
        {
            return null;
        }

        if (!SourceCatalog.IsWord(newName))
        {
            throw new ArgumentException($"'{newName}' is not a claim id: an id is a word ([A-Za-z0-9][A-Za-z0-9._-]*).", nameof(newName));
        }

        var edits = new List<(string Path, TextEdit Edit)>();
        foreach (ClaimSite claim in snapshot.Claims.Where(claim => claim.Id == id))
        {
            if (claim.IdToken is { } written)
            {
                edits.Add((claim.FilePath, new TextEdit(WorkspaceSnapshot.ToLsp(written.Range), newName)));
            }
            else
            {
                edits.Add((claim.FilePath, NewIdLine(snapshot, claim, newName)));
            }
        }

        edits.AddRange(Links(snapshot, id).Select(link => (link.FilePath, new TextEdit(WorkspaceSnapshot.ToLsp(link.Token.Range), newName))));
        return new WorkspaceEdit(edits
            .GroupBy(edit => edit.Path, StringComparer.Ordinal)
            .ToDictionary(group => snapshot.UriOf(group.Key), group => group.Select(edit => edit.Edit).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Gets every place that names a source: claims' <c>source:</c>, evidence passages' ids and <c>document:</c> entries.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="sourceId">The source's id.</param>
    /// <returns>The locations.</returns>
    public static IEnumerable<Location> SourceCitations(WorkspaceSnapshot snapshot, string sourceId)
    {
        foreach (string path in snapshot.Paths.Order(StringComparer.Ordinal))
        {
            if (snapshot.SyntaxOf(path) is not { } syntax)
            {
                continue;
            }

            foreach (EntrySyntax entry in syntax.Entries)
            {
                if (entry is DocumentEntrySyntax && entry.Head.Text == sourceId)
                {
                    yield return Locate(snapshot, path, entry.Head.Range);
                }

                foreach (FieldSyntax field in entry.Fields)
                {
                    if (entry is ClaimEntrySyntax && field.Name is "source" or "evidence" && field.Values.Count > 0
                        && field.Values[0] is { Kind: TokenKind.Word } word && word.Text == sourceId)
                    {
                        yield return Locate(snapshot, path, word.Range);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string FilePath, ValueToken Token)> Links(WorkspaceSnapshot snapshot, string id) =>
        snapshot.Claims.SelectMany(claim => claim.Entry.Fields
            .Where(field => field.Name is "supports" or "contradicts")
            .SelectMany(field => field.Values)
            .Where(value => value.Kind == TokenKind.Word && value.Text == id)
            .Select(value => (claim.FilePath, value)));

    private static TextEdit NewIdLine(WorkspaceSnapshot snapshot, ClaimSite claim, string newName)
    {
        string text = snapshot.TextOf(claim.FilePath);
        int lineEnd = claim.Entry.Head.Range.End.Offset;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        string lineBreak = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        LspRange at = snapshot.RangeOf(claim.FilePath, lineEnd, 0);
        return new TextEdit(at, $"{lineBreak}  {ClaimFields.Id.Name}: {newName}");
    }

    private static string? ClaimIdAt(WorkspaceSnapshot snapshot, string path, SyntaxSite site) => site switch
    {
        { Token: { Kind: TokenKind.Word } token, FieldName: "id" or "supports" or "contradicts" } => token.Text,
        { IsClaimText: true } => snapshot.Claims.FirstOrDefault(claim => claim.FilePath == path && ReferenceEquals(claim.Entry, site.Entry))?.Id,
        _ => null,
    };

    private static bool IsSourceId(SyntaxSite site) => site.Token is { Kind: TokenKind.Word } token && site switch
    {
        { FieldName: "source", Entry: ClaimEntrySyntax } => true,
        { FieldName: "document" } => true,
        { FieldName: "evidence" } => ReferenceEquals(site.Field!.Values[0], token),
        _ => false,
    };

    private static (SourceEntry Source, PassageMatch Match)? PassageOf(WorkspaceSnapshot snapshot, SyntaxSite site)
    {
        if (site.Token is not { Kind: TokenKind.QuotedString } token || site.Entry is not ClaimEntrySyntax claim)
        {
            return null;
        }

        string? sourceId = site.FieldName switch
        {
            "evidence" => site.Field!.Values[0] is { Kind: TokenKind.Word } word ? word.Text : null,
            "claim" or "quote" => claim.Fields.FirstOrDefault(field => field.Name == "source" && field.Values.Count > 0)?.Values[0].Text,
            _ => null,
        };
        return sourceId is not null && snapshot.TryGetSource(sourceId, out SourceEntry source) && source.Index.Find(token.Text) is { } match
            ? (source, match)
            : null;
    }

    /// <summary>Describes a verdict of the project's scale: its label, rating and meaning.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Markdown.</returns>
    internal static string VerdictMarkdown(ScaleVerdict verdict) =>
        $"**{LspConvert.Markdown(verdict.Label)}**{(verdict.Rating is { } rating ? $" ({rating})" : string.Empty)}: {LspConvert.Markdown(verdict.Meaning)}";

    private static string? LinkedClaim(WorkspaceSnapshot snapshot, string id)
    {
        if (snapshot.Claims.FirstOrDefault(claim => claim.Id == id) is not { } claim)
        {
            return null;
        }

        string verdict = claim.First("status") is { } status && snapshot.Compilation.Scale.Find(status.Text) is { } found
            ? found.Label
            : "no verdict";
        return $"**{LspConvert.Markdown(claim.Id)}** ({verdict}): {LspConvert.Markdown(claim.Entry.Head.Text)}";
    }

    private static SyntaxSite? Site(WorkspaceSnapshot snapshot, string path, int offset) =>
        snapshot.SyntaxOf(path) is { } syntax ? SyntaxSite.At(syntax, offset) : null;

    private static Location Locate(WorkspaceSnapshot snapshot, string path, TextRange range) =>
        new(snapshot.UriOf(path), WorkspaceSnapshot.ToLsp(range));
}
