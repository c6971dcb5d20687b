using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;
using FactCheck.Testing;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>Text that could break a string literal, a doc comment or an interpolation compiles and comes back exactly.</summary>
public sealed class HostileTextTests
{
    /// <summary>Everything that could end or corrupt a C# literal or doc comment, plus invisible, astral and right-to-left characters.</summary>
    private const string Hostile =
        "q\" bs\\ triple\"\"\" end*/ start/* //line </summary> </remarks> <c>&amp; { } {{x}} $\"{y}\" #if X" +
        " nl\nafter tab\t ls\u2028ps\u2029nel\u0085 emoji\U0001F600 bom\uFEFF zwsp\u200B" +
        " rtl \u202Eשלום مرحبا\u202C end";

    [Fact]
    public void Hostile_text_compiles_and_round_trips_exactly()
    {
        string source = "Header line\n" + Hostile + "\nThe plain passage that the paraphrase quotes.\n";
        string check =
            $"document: h01\n  title: {HostileStrings.Quoted(Hostile)}\n  author: {HostileStrings.Quoted(Hostile)}\n\n" +
            $"claim: {HostileStrings.Quoted(Hostile)} source: h01 status: mostly-false\n" +
            "  id: hostile-paraphrase\n" +
            $"  by: {HostileStrings.Quoted(Hostile)}\n" +
            "  quote: 'The plain passage that the paraphrase quotes.'\n" +
            $"  evidence: h01 {HostileStrings.Quoted(Hostile)}\n" +
            $"  note: {HostileStrings.Quoted(Hostile)}\n" +
            $"  reviewer: {HostileStrings.Quoted(Hostile)}\n\n" +
            $"claim: {HostileStrings.Quoted(Hostile)} source: h01 status: true\n" +
            "  id: hostile-verbatim\n" +
            "  note: 'A note written over\r\n    a CRLF line break\tand a tab.'\n";
        GeneratorHarness harness = new GeneratorHarness()
            .AddCheck("checks/odd name \"q\" {x} </summary> ü.check", check)
            .AddSource("h01_hostile.txt", source);

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.False(run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), run.CompilationProblems);
        CheckModel expected = harness.CompileWithLanguage().ToModel(GeneratorHarness.DisplayPath);
        Assert.Equal(2, expected.Claims.Count);
        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);
        ModelAssert.Equal(expected, sources, claims);
        Assert.Equal(Hostile, claims[0].Text);
        Assert.Equal(Hostile, claims[0].Claimant);
        Assert.Equal(Hostile, Assert.IsType<PassageEvidence>(claims[0].Evidence.Single()).Quote);
        Assert.Equal(Hostile, claims[1].Text);
        Assert.Equal(Hostile, sources.Single().Title);
        Assert.Equal(source, sources.Single().Text);
        Assert.Equal("checks/odd name \"q\" {x} </summary> ü.check", claims[0].Location.FilePath);
    }

    [Fact]
    public void A_namespace_property_that_is_not_a_valid_name_is_made_one()
    {
        GeneratorHarness harness = new GeneratorHarness { FactCheckNamespace = "My-Checks.2nd.class", ExpectedNamespace = "My_Checks._2nd.@class" }
            .AddCheck("checks/a.check", CheckText.Claim("translator", SeedPassages.Translator))
            .AddRepositorySeeds();

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.False(run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), run.CompilationProblems);
        Assert.All(run.GeneratedFiles, file => Assert.Contains("namespace My_Checks._2nd.@class;", file.Text, System.StringComparison.Ordinal));
        Assert.Equal("translator", GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken).Claims.Single().Id);
    }
}
