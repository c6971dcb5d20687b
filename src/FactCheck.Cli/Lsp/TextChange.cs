using System;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>Applies an incremental <c>didChange</c> edit to a document's text.</summary>
internal static class TextChange
{
    /// <summary>Replaces a range of a text.</summary>
    /// <param name="text">The text before the edit.</param>
    /// <param name="range">The range replaced, in the editor's terms.</param>
    /// <param name="newText">The text put in its place.</param>
    /// <returns>The text after the edit.</returns>
    public static string Apply(string text, LspRange range, string newText)
    {
        LineIndex lines = LineIndex.Of(text);
        int start = OffsetOf(lines, text, range.Start);
        int end = OffsetOf(lines, text, range.End);
        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }

    private static int OffsetOf(LineIndex lines, string text, Position position) =>
        position.Line >= lines.LineCount ? text.Length : Math.Min(lines.StartOf(position.Line + 1) + position.Character, text.Length);
}
