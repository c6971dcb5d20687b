using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language.Parsing;
using FactCheck.Language.Text;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>Problems in <c>.check</c> files come out as FC diagnostics at the right place, never as a generator crash.</summary>
public sealed class DiagnosticsTests
{
    [Theory]
    [InlineData("a-b", "a_b", 4, "a-b")]
    [InlineData("all", "strikes", 1, "strikes")]
    public void Ids_that_collide_once_PascalCased_or_with_Claims_All_give_FC0012_at_the_id(string first, string second, int line, string kept)
    {
        GeneratorHarness harness = new GeneratorHarness()
            .AddCheck("checks/a.check", CheckText.Claim(first, SeedPassages.Translator) + CheckText.Claim(second, SeedPassages.Strikes))
            .AddRepositorySeeds();

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Diagnostic collision = Assert.Single(run.Diagnostics);
        Assert.Equal("FC0012", collision.Id);
        Assert.Equal(DiagnosticSeverity.Error, collision.Severity);
        FileLinePositionSpan span = collision.Location.GetLineSpan();
        Assert.Equal("/project/checks/a.check", span.Path);
        string collidingId = kept == first ? second : first;
        Assert.Equal(new(line, 6), span.StartLinePosition);
        Assert.Equal(new(line, 6 + collidingId.Length), span.EndLinePosition);
        Assert.Contains($"'{collidingId}'", collision.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal([kept], GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken).Claims.Select(claim => claim.Id));
    }

    [Fact]
    public void An_id_starting_with_a_digit_gets_the_Claim_prefix()
    {
        GeneratorHarness harness = new GeneratorHarness()
            .AddCheck("checks/a.check", CheckText.Claim("25-killed", SeedPassages.Strikes))
            .AddRepositorySeeds();

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        INamedTypeSymbol names = run.OutputCompilation.GetTypeByMetadataName("Checks.ClaimId")!;
        Assert.Equal(TypeKind.Enum, names.TypeKind);
        IFieldSymbol member = Assert.Single(names.GetMembers("Claim25Killed").OfType<IFieldSymbol>());
        Assert.Equal(0, member.ConstantValue);
    }

    [Fact]
    public void A_syntax_error_gives_FC0001_at_its_place_without_crashing_the_generator()
    {
        string broken =
            "claim: 'fine so far' source: 004 status: true\n" +
            "  id: fine\n" +
            "\n" +
            "claim: 'never closed source: 004 status: true\n" +
            "  id: broken\n";
        GeneratorHarness harness = new GeneratorHarness()
            .AddCheck("checks/broken.check", broken)
            .AddCheck("checks/good.check", CheckText.Claim("translator", SeedPassages.Translator))
            .AddRepositorySeeds();

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.Null(run.RunResult.Results[0].Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Diagnostic syntaxError = Assert.Single(run.DiagnosticsWithId("FC0001"));
        Assert.Equal(DiagnosticSeverity.Error, syntaxError.Severity);
        Assert.Equal(LocationKind.ExternalFile, syntaxError.Location.Kind);
        FileLinePositionSpan span = syntaxError.Location.GetLineSpan();
        Assert.Equal("/project/checks/broken.check", span.Path);
        Assert.Equal(new(3, 7), span.StartLinePosition);
        Assert.Equal(broken.IndexOf("'never", System.StringComparison.Ordinal), syntaxError.Location.SourceSpan.Start);
        TextRange range = Assert.Single(CheckParser.Parse("/project/checks/broken.check", broken).Diagnostics).Range;
        Assert.Equal(new(range.End.Line - 1, range.End.Column - 1), span.EndLinePosition);
        Assert.Equal(range.Length, syntaxError.Location.SourceSpan.Length);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("translator", GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken).Claims.Select(claim => claim.Id));
    }
}
