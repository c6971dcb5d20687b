using System.Collections.Generic;
using System.Linq;
using FactCheck.Cli.Output;
using FactCheck.Language;

namespace FactCheck.Cli;

/// <summary>The inputs of a command and what FactCheck.Language made of them.</summary>
/// <param name="Inputs">The files read.</param>
/// <param name="Compilation">The diagnostics and the bound claims.</param>
internal sealed record CompiledChecks(CheckInputs Inputs, CheckCompilation Compilation)
{
    /// <summary>Gets the counts the summary line and the JSON summary report.</summary>
    public DiagnosticSummary Summary => new(
        Compilation.Diagnostics.Count(diagnostic => diagnostic.IsError),
        Compilation.Diagnostics.Count(diagnostic => !diagnostic.IsError),
        Inputs.CheckFiles.Count,
        Compilation.Set.Claims.Count);

    /// <summary>Reads the inputs and compiles them.</summary>
    /// <param name="environment">The run's current directory.</param>
    /// <param name="paths">The <c>.check</c> files and folders given.</param>
    /// <param name="sourcesFolder">The sources folder given.</param>
    /// <param name="utcDate">The date in UTC no correction may be in the future of.</param>
    /// <returns>The compiled checks.</returns>
    /// <exception cref="InputException">An input is missing or unreadable.</exception>
    public static CompiledChecks Compile(CliEnvironment environment, IReadOnlyList<string> paths, string sourcesFolder, CalendarDate utcDate)
    {
        CheckInputs inputs = CheckInputs.Read(environment, paths, sourcesFolder);
        return new CompiledChecks(inputs, CheckCompilation.Compile(inputs.CheckFiles, inputs.SourceFiles, utcDate));
    }

    /// <summary>For commands whose output is not the diagnostics: prints any diagnostics and the summary to standard error.</summary>
    /// <param name="environment">The run's console.</param>
    /// <returns><see langword="true"/> when there is an error, and the command must write nothing.</returns>
    public bool ReportDiagnostics(CliEnvironment environment)
    {
        if (Compilation.Diagnostics.Count > 0)
        {
            environment.Error.Write(TextDiagnosticWriter.Write(this));
        }

        return Compilation.HasErrors;
    }

    /// <summary>Builds the runtime model; the claims' locations keep the paths as printed.</summary>
    /// <returns>The sources and claims.</returns>
    public CheckModel ToModel() => Compilation.ToModel(path => path);
}
