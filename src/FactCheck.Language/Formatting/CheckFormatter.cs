using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCheck.Fields;
using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Formatting;

/// <summary>
/// Rewrites a <c>.check</c> text into the one canonical layout the README's "Formatting" section describes: the entry's
/// keyword and head on its first line, then one field per line indented by two spaces, in the order of the field table,
/// one blank line between entries, <c>\n</c> line endings and a final newline. Every token is written as it was
/// (strings with their quotes and escapes), so the text compiles to the same model; every comment is kept with what it
/// annotates. A text that does not parse is left as it is, with the reasons.
/// </summary>
internal static class CheckFormatter
{
    /// <summary>The indentation of a field.</summary>
    public const string FieldIndent = "  ";

    /// <summary>The indentation of a string moved to its own line under its field.</summary>
    public const string ContinuationIndent = "    ";

    /// <summary>The longest field line, in characters (its comment not counted), before its strings move to lines of their own.</summary>
    public const int MaxLineLength = 100;

    /// <summary>Formats a <c>.check</c> text.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The canonical text, or the text unchanged with the diagnostics that stopped formatting.</returns>
    public static FormatResult Format(string text) => Format(string.Empty, text);

    /// <summary>Formats a <c>.check</c> text, naming <paramref name="path"/> in the diagnostics when it cannot.</summary>
    /// <param name="path">The file's path, for the diagnostics.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The canonical text, or the text unchanged with the diagnostics that stopped formatting.</returns>
    public static FormatResult Format(string path, string text)
    {
        ParseResult parsed = CheckParser.Parse(path, text);
        if (parsed.Diagnostics.Count > 0)
        {
            return FormatResult.Unformattable(text, parsed.Diagnostics.AsImmutableArray());
        }

        FileLayout layout = CommentAttacher.Attach(text, parsed.Syntax);
        return FormatResult.Formatted(text, Write(text, layout));
    }

    private static string Write(string text, FileLayout layout)
    {
        var output = new StringBuilder(text.Length + (text.Length / 8));
        for (int i = 0; i < layout.Entries.Count; i++)
        {
            if (i > 0)
            {
                output.Append('\n');
            }

            WriteEntry(output, text, layout.Entries[i]);
        }

        for (int i = 0; i < layout.TrailingComments.Count; i++)
        {
            OwnLineComment comment = layout.TrailingComments[i];
            if (comment.BlankLineBefore && (i > 0 || layout.Entries.Count > 0))
            {
                output.Append('\n');
            }

            output.Append(comment.Text).Append('\n');
        }

        return output.ToString();
    }

    private static void WriteEntry(StringBuilder output, string text, EntryLayout entry)
    {
        for (int i = 0; i < entry.LeadingComments.Count; i++)
        {
            OwnLineComment comment = entry.LeadingComments[i];
            if (i > 0 && comment.BlankLineBefore)
            {
                output.Append('\n');
            }

            output.Append(comment.Text).Append('\n');
        }

        if (entry.LeadingComments.Count > 0 && entry.BlankLineAfterComments)
        {
            output.Append('\n');
        }

        string keyword = EntryKinds.KeywordOf(entry.Syntax);
        output.Append(keyword).Append(": ").Append(Raw(text, entry.Syntax.Head));
        AppendTrailing(output, entry.HeadComment);

        IReadOnlyList<FieldSpec> table = EntryKinds.FieldsOf(keyword);
        // OrderBy is a stable sort: a repeated field keeps the order it was written in, and fields the table does not
        // know (errors the binder reports) come last in theirs.
        foreach (FieldLayout field in entry.Fields.OrderBy(field => TableIndex(table, field.Syntax.Name)))
        {
            foreach (string comment in field.LeadingComments)
            {
                output.Append(FieldIndent).Append(comment).Append('\n');
            }

            WriteField(output, text, field.Syntax);
            AppendTrailing(output, field.TrailingComment);
        }
    }

    /// <summary>Writes <c>name: value ...</c>, moving each string to a line of its own when the line would be too long.</summary>
    private static void WriteField(StringBuilder output, string text, FieldSyntax field)
    {
        string oneLine = FieldLine(text, field, breakBeforeStrings: false);
        output.Append(IsTooLong(oneLine) && field.Values.Any(value => value.Kind == TokenKind.QuotedString)
            ? FieldLine(text, field, breakBeforeStrings: true)
            : oneLine);
    }

    private static string FieldLine(string text, FieldSyntax field, bool breakBeforeStrings)
    {
        var line = new StringBuilder(FieldIndent).Append(field.Name).Append(':');
        foreach (ValueToken value in field.Values)
        {
            if (value.Kind == TokenKind.Comma)
            {
                line.Append(',');
            }
            else if (breakBeforeStrings && value.Kind == TokenKind.QuotedString)
            {
                line.Append('\n').Append(ContinuationIndent).Append(Raw(text, value));
            }
            else
            {
                line.Append(' ').Append(Raw(text, value));
            }
        }

        return line.ToString();
    }

    /// <summary>Whether the first line of <paramref name="line"/> (a string may hold line breaks) is over the limit.</summary>
    private static bool IsTooLong(string line)
    {
        int lineBreak = line.IndexOfAny(['\r', '\n']);
        return (lineBreak < 0 ? line.Length : lineBreak) > MaxLineLength;
    }

    private static void AppendTrailing(StringBuilder output, string? comment)
    {
        if (comment is not null)
        {
            output.Append(' ').Append(comment);
        }

        output.Append('\n');
    }

    private static int TableIndex(IReadOnlyList<FieldSpec> table, string name)
    {
        for (int i = 0; i < table.Count; i++)
        {
            if (table[i].Name == name)
            {
                return i;
            }
        }

        return table.Count;
    }

    /// <summary>The token as written: a string keeps its quotes, escapes and any line breaks it holds.</summary>
    private static string Raw(string text, ValueToken token) =>
        text.Substring(token.Range.Start.Offset, token.Range.Length);
}
