using System.Collections.Generic;
using FactCheck.Language.Text;

namespace FactCheck.Language.Diagnostics;

/// <summary>A problem found in a <c>.check</c> file, at an exact place.</summary>
/// <param name="Id">The stable id from <see cref="DiagnosticCatalog"/>.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="FilePath">The file.</param>
/// <param name="Range">Where in the file; lines and columns count from 1.</param>
public sealed record CheckDiagnostic(string Id, CheckSeverity Severity, string Message, string FilePath, TextRange Range)
{
    /// <summary>Gets the edits that would resolve the diagnostic, as its message suggests them; most diagnostics have none.</summary>
    public IReadOnlyList<CheckFix> Fixes => FixArray.AsImmutableArray();

    /// <summary>Gets the fixes as a value the diagnostic's equality compares, as the generator's caching needs.</summary>
    internal EquatableArray<CheckFix> FixArray { get; init; }

    /// <summary>Gets whether the diagnostic is an error by default.</summary>
    public bool IsError => Severity == CheckSeverity.Error;

    /// <summary>Formats the diagnostic as MSBuild and compilers print it: <c>path(line,col): error FC0004: message</c>.</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString() =>
        $"{FilePath}({Range.Start.Line},{Range.Start.Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
}
