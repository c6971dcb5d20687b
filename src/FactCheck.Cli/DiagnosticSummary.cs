namespace FactCheck.Cli;

/// <summary>The counts of a run.</summary>
/// <param name="Errors">The error diagnostics.</param>
/// <param name="Warnings">The warning diagnostics.</param>
/// <param name="Files">The <c>.check</c> files read.</param>
/// <param name="Claims">The claims that compiled.</param>
internal sealed record DiagnosticSummary(int Errors, int Warnings, int Files, int Claims)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Count(Files, "file")}, {Count(Claims, "claim")}: {Count(Errors, "error")}, {Count(Warnings, "warning")}.";

    private static string Count(int number, string noun) => $"{number} {noun}{(number == 1 ? string.Empty : "s")}";
}
