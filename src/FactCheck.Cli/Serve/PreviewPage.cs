namespace FactCheck.Cli.Serve;

/// <summary>What <c>factcheck serve</c> answers at <c>/</c> after a run.</summary>
/// <param name="Run">The run that made it, counted from 1 at start.</param>
/// <param name="Html">The report, or the page of diagnostics.</param>
/// <param name="IsReport">Whether the run was free of errors, so <see cref="Html"/> is the report.</param>
internal sealed record PreviewPage(int Run, string Html, bool IsReport);
