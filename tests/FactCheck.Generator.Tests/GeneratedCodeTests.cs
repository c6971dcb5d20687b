using System.Collections.Generic;
using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

    [Fact]
    public void Every_claim_is_named_by_the_ClaimId_enum_in_the_order_of_All_and_found_by_id()
    {
        GeneratorRun run = RepresentativeInput.CreateHarness().Run(TestContext.Current.CancellationToken);
        // Written against the generated API, so a member missing or misnamed fails to compile rather than to compare.
        string probe = $$"""
            namespace {{run.Namespace}};

            public static class Probe
            {
                public static string[] IdsByName() =>
                    System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select((ClaimId[])System.Enum.GetValues(typeof(ClaimId)), name => Claims.Get(name).Id));

                public static bool FindAgreesWithGet() =>
                    ReferenceEquals(Claims.Find("25-killed"), Claims.Get(ClaimId.Claim25Killed))
                    && ReferenceEquals(Claims.Find("deterrence-restored"), Claims.Get(ClaimId.DeterrenceRestored))
                    && Claims.Find("no-such-claim") is null;
            }
            """;
        Compilation withProbe = run.OutputCompilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(probe, (CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options, cancellationToken: TestContext.Current.CancellationToken));
        (_, IReadOnlyList<Claim> claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);

        (string[] idsByName, bool findAgrees) = GeneratedAssembly.Load(
            withProbe,
            assembly =>
            {
                System.Type type = assembly.GetType(run.Namespace.Replace("@", string.Empty, System.StringComparison.Ordinal) + ".Probe", throwOnError: true)!;
                return ((string[])type.GetMethod("IdsByName")!.Invoke(null, null)!, (bool)type.GetMethod("FindAgreesWithGet")!.Invoke(null, null)!);
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(claims.Select(claim => claim.Id), idsByName);
        Assert.True(findAgrees);
    }
}
