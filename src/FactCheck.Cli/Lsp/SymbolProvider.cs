using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>Document and workspace symbols: the claims by id, the <c>document:</c> entries and the sources.</summary>
internal static class SymbolProvider
{
    private const int FileKind = 1;
    private const int ObjectKind = 19;

    /// <summary>Lists a file's claims and documents.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <returns>The symbols, in file order.</returns>
    public static DocumentSymbol[] DocumentSymbols(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.SyntaxOf(path) is not { } syntax)
        {
            return [];
        }

        return syntax.Entries.Select(entry => entry switch
        {
            ClaimEntrySyntax claim when ClaimSite.Of(path, claim) is var site =>
                new DocumentSymbol(site.Id, claim.Head.Text, ObjectKind, WorkspaceSnapshot.ToLsp(Extent(entry)), WorkspaceSnapshot.ToLsp(site.IdRange)),
            _ => new DocumentSymbol($"document {entry.Head.Text}", null, FileKind, WorkspaceSnapshot.ToLsp(Extent(entry)), WorkspaceSnapshot.ToLsp(entry.Head.Range)),
        }).ToArray();
    }

    /// <summary>Finds the claims and sources of the workspace whose name holds the query, ignoring case.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="query">The query; empty for all.</param>
    /// <returns>The symbols.</returns>
    public static SymbolInformation[] WorkspaceSymbols(WorkspaceSnapshot snapshot, string query)
    {
        bool Matches(string name) => name.Contains(query, StringComparison.OrdinalIgnoreCase);
        IEnumerable<SymbolInformation> claims = snapshot.Claims
            .Where(claim => Matches(claim.Id) || Matches(claim.Entry.Head.Text))
            .Select(claim => new SymbolInformation(claim.Id, ObjectKind, new Location(snapshot.UriOf(claim.FilePath), WorkspaceSnapshot.ToLsp(claim.IdRange)), claim.FilePath));
        IEnumerable<SymbolInformation> sources = snapshot.Compilation.Sources.Documents
            .Where(source => Matches(source.Id))
            .Select(source => new SymbolInformation(source.Id, FileKind, new Location(snapshot.UriOf(source.Path), new LspRange(new Position(0, 0), new Position(0, 0))), null));
        return [.. claims, .. sources];
    }

    private static TextRange Extent(EntrySyntax entry)
    {
        TextPosition end = entry.Head.Range.End;
        foreach (FieldSyntax field in entry.Fields)
        {
            if (field.ValueRange.End.Offset > end.Offset)
            {
                end = field.ValueRange.End;
            }
        }

        return new TextRange(entry.KeywordRange.Start, end);
    }
}
