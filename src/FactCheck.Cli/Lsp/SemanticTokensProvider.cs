using System.Collections.Generic;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: what each token of a parsed file is, from the compilation's syntax tree and
/// the field it stands in, over the TextMate grammar's guess from the text alone. Comments are left to the grammar.
/// </summary>
internal static class SemanticTokensProvider
{
    private const int Keyword = 0;
    private const int Property = 1;
    private const int String = 2;
    private const int EnumMember = 3;
    private const int Namespace = 4;
    private const int Variable = 5;
    private const int Number = 6;

    /// <summary>Gets the token types, in the order of their numbers in the data.</summary>
    public static IReadOnlyList<string> TokenTypes { get; } = ["keyword", "property", "string", "enumMember", "namespace", "variable", "number"];

    /// <summary>Gets the tokens of a <c>.check</c> file, each cut at line ends as clients without multi-line tokens need.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <returns>The tokens, in the protocol's relative encoding; none for a file that is not a <c>.check</c> file.</returns>
    public static SemanticTokens Tokens(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.SyntaxOf(path) is not { } syntax)
        {
            return new SemanticTokens([]);
        }

        var spans = new List<(TextRange Range, int Type)>();
        foreach (EntrySyntax entry in syntax.Entries)
        {
            spans.Add((entry.KeywordRange, Keyword));
            spans.Add((entry.Head.Range, entry switch
            {
                ClaimEntrySyntax or ScaleEntrySyntax => String,
                VerdictEntrySyntax => EnumMember,
                _ => Namespace,
            }));
            foreach (FieldSyntax field in entry.Fields)
            {
                spans.Add((field.NameRange, Property));
                for (int i = 0; i < field.Values.Count; i++)
                {
                    ValueToken value = field.Values[i];
                    int? type = value.Kind switch
                    {
                        TokenKind.QuotedString => String,
                        TokenKind.Word => WordType(field.Name, i),
                        _ => null,
                    };
                    if (type is { } known)
                    {
                        spans.Add((value.Range, known));
                    }
                }
            }
        }

        spans.Sort((a, b) => a.Range.Start.Offset.CompareTo(b.Range.Start.Offset));
        return new SemanticTokens(Encode(snapshot.TextOf(path), spans));
    }

    private static int? WordType(string field, int index) => field switch
    {
        "status" => EnumMember,
        "source" => Namespace,
        "evidence" when index == 0 => Namespace,
        "id" or "supports" or "contradicts" => Variable,
        "said" or "reviewed" or "published" or "best" or "worst" or "rating" => Number,
        "correction" when index == 0 => Number,
        "by" or "reviewer" or "author" => Keyword,
        _ => null,
    };

    private static int[] Encode(string text, List<(TextRange Range, int Type)> spans)
    {
        var data = new List<int>();
        int previousLine = 0;
        int previousStart = 0;
        foreach ((TextRange range, int type) in spans)
        {
            int line = range.Start.Line - 1;
            int start = range.Start.Column - 1;
            int offset = range.Start.Offset;
            while (offset < range.End.Offset)
            {
                int lineEnd = offset;
                while (lineEnd < range.End.Offset && text[lineEnd] is not ('\n' or '\r'))
                {
                    lineEnd++;
                }

                if (lineEnd > offset)
                {
                    data.AddRange([line - previousLine, line == previousLine ? start - previousStart : start, lineEnd - offset, type, 0]);
                    previousLine = line;
                    previousStart = start;
                }

                offset = lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
                line++;
                start = 0;
            }
        }

        return [.. data];
    }
}
