using FactCheck.Language.Syntax;

namespace FactCheck.Cli.Lsp;

/// <summary>What stands at a place of a compiled <c>.check</c> file: the entry, and the field name or value token there.</summary>
/// <param name="Entry">The entry the place belongs to.</param>
/// <param name="Field">The field whose name or value is there; <see langword="null"/> on the entry's head.</param>
/// <param name="Token">The value token there (the head for the entry's own value); <see langword="null"/> on a field name.</param>
internal sealed record SyntaxSite(EntrySyntax Entry, FieldSyntax? Field, ValueToken? Token)
{
    /// <summary>Gets whether the place is the claim's own text.</summary>
    public bool IsClaimText => Field is null && Entry is ClaimEntrySyntax;

    /// <summary>Gets the name of the field, or the entry's keyword on its head.</summary>
    public string FieldName => Field?.Name ?? EntryKinds.KeywordOf(Entry);

    /// <summary>Finds what stands at an offset of a file.</summary>
    /// <param name="syntax">The file's syntax tree.</param>
    /// <param name="offset">The offset; a token's end counts as part of it, where an editor's cursor stands after typing it.</param>
    /// <returns>The site, or <see langword="null"/> when nothing of an entry is there.</returns>
    public static SyntaxSite? At(CheckFileSyntax syntax, int offset)
    {
        foreach (EntrySyntax entry in syntax.Entries)
        {
            if (Contains(entry.Head.Range, offset))
            {
                return new SyntaxSite(entry, null, entry.Head);
            }

            foreach (FieldSyntax field in entry.Fields)
            {
                if (Contains(field.NameRange, offset))
                {
                    return new SyntaxSite(entry, field, null);
                }

                foreach (ValueToken value in field.Values)
                {
                    if (value.Kind != TokenKind.Comma && Contains(value.Range, offset))
                    {
                        return new SyntaxSite(entry, field, value);
                    }
                }
            }
        }

        return null;
    }

    private static bool Contains(FactCheck.Language.Text.TextRange range, int offset) =>
        range.Start.Offset <= offset && offset <= range.End.Offset;
}
