using System;
using System.Globalization;
using System.Text;
using FactCheck.Fields;
using FactCheck.Language.Binding;
using FactCheck.Language.Matching;
using FactCheck.Language.Sources;

namespace FactCheck.Cli.Lsp;

/// <summary>Markdown that shows a source document or a passage of it.</summary>
internal static class SourceDescription
{
    private const int MaxParagraphContext = 400;

    /// <summary>Describes a source: its id, title, author and date, as the set resolves them.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="id">The source's id.</param>
    /// <returns>The Markdown.</returns>
    public static string Of(WorkspaceSnapshot snapshot, string id)
    {
        var text = new StringBuilder();
        ResolvedSource? source = snapshot.ResolvedSourceOf(id);
        text.Append(CultureInfo.InvariantCulture, $"**Source {LspConvert.Markdown(id)}**");
        if (source is null)
        {
            return text.Append(": no source document has this id.").ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $": {LspConvert.Markdown(source.Title ?? source.FileName)}");
        if (source.Author is { } author)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nby {LspConvert.Markdown(author.Name)} ({Party.Keyword(author.Kind)})");
        }

        if (source.Published is { } published)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\npublished {published}");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\n\n`{source.FileName}`").ToString();
    }

    /// <summary>Shows a passage in its paragraph, the passage in bold.</summary>
    /// <param name="source">The source.</param>
    /// <param name="match">Where the passage stands.</param>
    /// <returns>The Markdown.</returns>
    public static string Passage(SourceEntry source, PassageMatch match)
    {
        string text = source.Text;
        int end = match.Offset + match.Length;
        int paragraphStart = text.LastIndexOf("\n\n", match.Offset, StringComparison.Ordinal);
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
        paragraphStart = Math.Max(paragraphStart, match.Offset - MaxParagraphContext);
        int paragraphEnd = text.IndexOf("\n\n", end, StringComparison.Ordinal);
        paragraphEnd = paragraphEnd < 0 ? text.Length : paragraphEnd;
        paragraphEnd = Math.Min(paragraphEnd, end + MaxParagraphContext);
        return $"**Source {LspConvert.Markdown(source.Id)}, line {match.Line}, column {match.Column}**\n\n"
            + LspConvert.Markdown(text.Substring(paragraphStart, match.Offset - paragraphStart))
            + "**" + LspConvert.Markdown(text.Substring(match.Offset, match.Length)) + "**"
            + LspConvert.Markdown(text.Substring(end, paragraphEnd - end));
    }
}
