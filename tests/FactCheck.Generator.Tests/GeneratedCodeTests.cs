using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>The generated code for a representative input: its text, that it compiles, and that it builds the same model as FactCheck.Language.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public void Representative_input_matches_the_snapshots()
    {
        GeneratorRun run = RepresentativeInput.CreateHarness().Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.Equal(4, run.GeneratedFiles.Count);
        Snapshot.Verify(nameof(Representative_input_matches_the_snapshots), run.GeneratedFiles);
    }

    [Fact]
    public void Representative_input_compiles_and_builds_the_same_claims_as_the_language_model()
    {
        GeneratorHarness harness = RepresentativeInput.CreateHarness();
        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        CheckModel expected = harness.CompileWithLanguage().ToModel(GeneratorHarness.DisplayPath);
        Assert.Equal(4, expected.Claims.Count);
        Assert.Equal(2, expected.Sources.Count);

        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);

        ModelAssert.Equal(expected, sources, claims);
        Assert.Contains(claims, claim => claim.Evidence.OfType<LinkEvidence>().Any());
        Assert.Contains(claims, claim => claim.Evidence.OfType<PassageEvidence>().Any());
        Assert.Equal("checks/strikes.check", claims.Single(claim => claim.Id == "25-killed").Location.FilePath);
    }
}
