using System.Text;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Output;

/// <summary>Writes diagnostics as compilers and MSBuild print them, one a line, then a summary line.</summary>
internal static class TextDiagnosticWriter
{
    /// <summary>Writes the diagnostics of a run.</summary>
    /// <param name="checks">The compiled checks.</param>
    /// <returns>Lines such as <c>checks/a.check(3,7): error FC0004: message</c>, then the summary.</returns>
    public static string Write(CompiledChecks checks)
    {
        var text = new StringBuilder();
        foreach (CheckDiagnostic diagnostic in checks.Compilation.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        return text.Append(checks.Summary).Append('\n').ToString();
    }
}
