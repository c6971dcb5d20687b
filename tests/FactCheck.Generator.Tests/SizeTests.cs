using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>
/// The generated code holds every source's text in string literals, and one assembly holds only so much of that
/// (CS8103). Up to the generator's limit everything compiles and loads; past it, FC0015 says why.
/// </summary>
public sealed class SizeTests
{
    [Fact]
    public void Sources_that_fill_the_limit_compile_with_no_compiler_error_and_load()
    {
        const int Sources = 7;
        string check = string.Concat(Enumerable.Range(0, Sources).Select(i => $"claim: 'the end of document {i}' source: s{i} status: true\n\n"));
        // The claims' compiled records and the sources' own fields and length prefixes take some 1,700 characters of the limit.
        int each = (InputSize.Limit - 2_000) / Sources;
        GeneratorHarness harness = WithSources(Sources, each).AddCheck("checks/a.check", check);

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.Empty(run.Diagnostics);
        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Repeat(each, Sources), sources.Select(source => source.Text.Length));
        Assert.Equal(Sources, claims.Count);
    }

    [Fact]
    public void Sources_over_the_limit_get_FC0015_at_the_largest_naming_the_limit()
    {
        GeneratorHarness harness = WithSources(2, InputLimits.MaxSourceLength - 10).AddCheck("checks/a.check", "claim: 'the end of document 0' source: s0 status: true\n");

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("FC0015", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.EndsWith("seeds/s0_doc.txt", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("The claims and sources of this project hold 8,389,", message, System.StringComparison.Ordinal);
        Assert.EndsWith(
            " characters of text, over the 7,340,032 that the generated code can hold as string literals (the C# compiler's limit, CS8103); this file holds the most: move some checks and their sources to another project.",
            message,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_whose_strings_pass_the_limit_get_FC0015_at_their_file()
    {
        string note = new('x', InputSize.Limit);
        GeneratorHarness harness = new GeneratorHarness().AddRepositorySeeds()
            .AddCheck("checks/a.check", $"claim: 'ISIS has been defeated' source: 000 status: true\n  note: '{note}'\n");

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("FC0015", diagnostic.Id);
        Assert.EndsWith("checks/a.check", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
    }

    private static GeneratorHarness WithSources(int count, int length)
    {
        var harness = new GeneratorHarness();
        for (int i = 0; i < count; i++)
        {
            string ending = $" the end of document {i}";
            harness.AddSource($"s{i}_doc.txt", new string((char)('a' + i), length - ending.Length) + ending);
        }

        return harness;
    }
}
