using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Lsp;

/// <summary>Turns the language's values into the protocol's.</summary>
internal static class LspConvert
{
    /// <summary>The name the server gives as the source of its diagnostics.</summary>
    public const string DiagnosticSource = "factcheck";

    /// <summary>LSP <c>DiagnosticSeverity.Error</c>.</summary>
    private const int Error = 1;

    /// <summary>LSP <c>DiagnosticSeverity.Warning</c>.</summary>
    private const int Warning = 2;

    /// <summary>Converts a diagnostic: same id and message, its range in the editor's terms, its severity mapped.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The protocol's diagnostic.</returns>
    public static Diagnostic ToLsp(CheckDiagnostic diagnostic) => new(
        WorkspaceSnapshot.ToLsp(diagnostic.Range),
        diagnostic.IsError ? Error : Warning,
        diagnostic.Id,
        DiagnosticSource,
        diagnostic.Message);

    /// <summary>Escapes text shown in Markdown so that it reads as written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Markdown(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
