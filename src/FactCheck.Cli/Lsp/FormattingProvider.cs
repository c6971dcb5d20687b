using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Formatting;

namespace FactCheck.Cli.Lsp;

/// <summary><c>textDocument/formatting</c>: the canonical layout of <c>factcheck fmt</c>, from its code.</summary>
internal static class FormattingProvider
{
    /// <summary>Formats a <c>.check</c> file as compiled.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <returns>One edit replacing the whole text; none when it is formatted already or has a syntax error, which <c>fmt</c> never guesses at.</returns>
    public static TextEdit[] Format(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.SyntaxOf(path) is null)
        {
            return [];
        }

        string text = snapshot.TextOf(path);
        FormatResult result = CheckFormatter.Format(path, text);
        return result.IsFormatted && result.Changed
            ? [new TextEdit(snapshot.RangeOf(path, 0, text.Length), result.Text)]
            : [];
    }
}
