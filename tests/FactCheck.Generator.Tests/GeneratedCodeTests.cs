using System.Collections.Generic;
using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Testing;
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
    public void Claims_of_many_files_spread_over_the_generated_groups_are_each_read_from_their_own_file()
    {
        // 61 files over at most 16 groups: several files share a group, and the index finds each by its place in it.
        const int FileCount = 61;
        var harness = new GeneratorHarness();
        string[] passages = [SeedPassages.Translator, SeedPassages.Strikes, SeedPassages.Missiles, SeedPassages.Resolution];
        for (int i = 0; i < FileCount; i++)
        {
            harness.AddCheck($"checks/file-{i:00}.check", $"claim: {HostileStrings.Quoted(passages[i % passages.Length])} source: 004 status: true\n  id: claim-of-file-{i:00}\n");
        }

        GeneratorRun run = harness.AddRepositorySeeds().Run(TestContext.Current.CancellationToken);
        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.InRange(run.GeneratedFiles.Count(file => file.HintName.StartsWith("Claims.Files", System.StringComparison.Ordinal)), 10, 16);

        (_, IReadOnlyList<Claim> claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);

        Assert.Equal(FileCount, claims.Count);
        Assert.All(claims, claim => Assert.Equal($"checks/file-{claim.Id[^2..]}.check", claim.Location.FilePath));
        Assert.Equal(Enumerable.Range(0, FileCount).Select(i => $"claim-of-file-{i:00}"), claims.Select(claim => claim.Id));
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
