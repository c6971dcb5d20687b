using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Reports;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>The README's two example scales, each with a claim judged on it: generated, compiled, run and rendered.</summary>
public sealed class ScaleExampleTests
{
    [Theory]
    [InlineData(0, "pants-on-fire", "PantsOnFire", "Pants on Fire", 1, "#82071e")]
    [InlineData(1, "missing-context", "MissingContext", "Missing context", null, "#0969da")]
    public void A_readme_scale_builds_its_typed_verdicts_judges_the_claims_and_colours_the_report(int example, string keyword, string member, string label, int? rating, string colour)
    {
        string[] scales = ReadmeScales();
        Assert.Equal(2, scales.Length);
        GeneratorHarness harness = new GeneratorHarness().AddRepositorySeeds()
            .AddCheck("checks/scale.check", scales[example])
            .AddCheck("checks/claims.check", CheckText.Claim("judged", SeedPassages.Translator, status: keyword) + "  evidence: 'https://example.org/report'\n");

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);
        ModelAssert.Equal(harness.CompileWithLanguage().ToModel(GeneratorHarness.DisplayPath), sources, claims);
        Verdict verdict = Assert.Single(claims).Verdict;
        Assert.Equal((keyword, label, rating, colour), (verdict.Keyword, verdict.Label, verdict.Rating, verdict.Colour));
        Assert.Equal(example == 0 ? (6, 1) : ((int?)null, (int?)null), (verdict.Scale.BestRating, verdict.Scale.WorstRating));

        // The generated Verdicts class names the same verdict, and its scale is the claims' scale.
        (Verdict Member, VerdictScale Scale) generated = GeneratedAssembly.Load(
            run.OutputCompilation,
            assembly =>
            {
                Type verdicts = assembly.GetType($"{run.Namespace}.Verdicts", throwOnError: true)!;
                return ((Verdict)verdicts.GetProperty(member)!.GetValue(null)!, (VerdictScale)verdicts.GetProperty("Scale")!.GetValue(null)!);
            },
            TestContext.Current.CancellationToken);
        Assert.Equal(verdict, generated.Member);
        Assert.Equal(verdict.Scale.Select(known => known.Keyword), generated.Scale.Select(known => known.Keyword));

        string page = ReportRenderer.Default.Render(claims, sources, new ReportOptions());
        Assert.Contains($"<span class=\"badge\">{label}</span>", page, StringComparison.Ordinal);
        Assert.Contains($".v-{keyword} {{ --accent: {colour};", page, StringComparison.Ordinal);
        Assert.Contains($"\"alternateName\":\"{label}\"", page, StringComparison.Ordinal);
        Assert.Equal(rating is not null, page.Contains("\"bestRating\":6", StringComparison.Ordinal));
    }

    /// <summary>The <c>```check</c> blocks of the README's "Verdict scales" section that declare a scale.</summary>
    private static string[] ReadmeScales()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int start = readme.IndexOf("### Verdict scales\n", StringComparison.Ordinal);
        int end = readme.IndexOf("\n## ", start, StringComparison.Ordinal);
        return [.. Regex.Matches(readme[start..end], "```check\n(.*?)```", RegexOptions.Singleline)
            .Select(match => match.Groups[1].Value)
            .Where(block => block.StartsWith("scale:", StringComparison.Ordinal))];
    }
}
