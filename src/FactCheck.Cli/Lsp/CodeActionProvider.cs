using System;
using System.Collections.Generic;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Lsp;

/// <summary>Quick fixes: each diagnostic's suggestion, as the language computed it with its message.</summary>
internal static class CodeActionProvider
{
    private const string QuickFix = "quickfix";

    /// <summary>Lists the fixes of the diagnostics that touch a range.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file.</param>
    /// <param name="range">The range the editor asks about.</param>
    /// <returns>The code actions.</returns>
    public static CodeAction[] Fixes(WorkspaceSnapshot snapshot, string path, LspRange range)
    {
        int start = snapshot.OffsetOf(path, range.Start);
        int end = snapshot.OffsetOf(path, range.End);
        string uri = snapshot.UriOf(path);
        var actions = new List<CodeAction>();
        foreach (CheckDiagnostic diagnostic in snapshot.Compilation.Diagnostics)
        {
            if (diagnostic.FilePath != path || diagnostic.Range.Start.Offset > end || diagnostic.Range.End.Offset < start)
            {
                continue;
            }

            foreach (CheckFix fix in diagnostic.Fixes)
            {
                var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
                {
                    [uri] = [new TextEdit(WorkspaceSnapshot.ToLsp(fix.Range), fix.NewText)],
                });
                actions.Add(new CodeAction(fix.Title, QuickFix, [LspConvert.ToLsp(diagnostic)], edit, true));
            }
        }

        return [.. actions];
    }
}
