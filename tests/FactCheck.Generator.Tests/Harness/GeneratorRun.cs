using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>What one run of the generator gave: its files, its diagnostics and the compilation with the files added.</summary>
/// <param name="RunResult">The driver's result, with the generator's exception if it threw.</param>
/// <param name="GeneratedFiles">The generated files, by hint name.</param>
/// <param name="Diagnostics">The diagnostics the generator reported.</param>
/// <param name="OutputCompilation">The input compilation plus the generated files.</param>
/// <param name="CompilationDiagnostics">The output compilation's own diagnostics.</param>
/// <param name="Namespace">The namespace the generated classes should be in.</param>
public sealed record GeneratorRun(
    GeneratorDriverRunResult RunResult,
    IReadOnlyList<GeneratedFile> GeneratedFiles,
    ImmutableArray<Diagnostic> Diagnostics,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    string Namespace)
{
    /// <summary>Gets the output compilation's errors and warnings, one per line, for assertion messages.</summary>
    public string CompilationProblems => string.Join("\n", CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

    /// <summary>Gets the generator's diagnostics, one per line, for assertion messages.</summary>
    public string GeneratorProblems => string.Join("\n", Diagnostics);

    /// <summary>Gets the diagnostics with the given id.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsWithId(string id) => Diagnostics.Where(d => d.Id == id).ToArray();

    /// <summary>Gets the generated file with the given hint name.</summary>
    public GeneratedFile File(string hintName) => GeneratedFiles.Single(file => file.HintName == hintName);
}
