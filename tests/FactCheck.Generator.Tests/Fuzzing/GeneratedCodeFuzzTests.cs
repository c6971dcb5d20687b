using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;
using FactCheck.Testing;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests.Fuzzing;

/// <summary>
/// Random valid files full of hostile strings (every Unicode category, lone surrogates, quotes, backslashes, comment and
/// XML ends, braces, line breaks of every kind) and hostile ids (C# keywords, leading digits, ids that collide once
/// PascalCased), a few hundred claims per compilation: every quote is found in its source (which holds it), the generated
/// code compiles with no error or warning and builds the same objects as FactCheck.Language, and every claim left out
/// has an FC error inside its entry. Then the language
/// fuzz's damaged files, many per compilation: the generator never throws and its code still compiles.
/// </summary>
public sealed class GeneratedCodeFuzzTests
{
    private const int ClaimsPerBatch = 250;

    private static readonly string[] s_verdicts = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "contested", "unproven", "opinion"];

    public static TheoryData<int> Batches => new(Enumerable.Range(0, Math.Max(1, FuzzSettings.Cases(20_000) / 2_000)));

    [Theory]
    [MemberData(nameof(Batches))]
    public void Hostile_strings_and_ids_compile_and_round_trip_or_get_an_fc_error(int batch)
    {
        var random = new Random(FuzzSettings.For(FuzzSettings.Seed, batch));
        var harness = new GeneratorHarness();
        var check = new StringBuilder();
        var entryLines = new List<(int First, int Last)>();
        for (int i = 0; i < ClaimsPerBatch; i++)
        {
            bool loneSurrogates = random.Next(4) == 0;
            string text = HostileStrings.Next(random, loneSurrogates);
            harness.AddSource($"s{i}_doc.txt", "Header\n" + text + "\n");
            int first = Lines(check);
            check.Append(CultureInfo.InvariantCulture, $"claim: {HostileStrings.Quoted(text)} source: s{i} status: {s_verdicts[random.Next(s_verdicts.Length)]}\n");
            if (random.Next(2) == 0)
            {
                check.Append(CultureInfo.InvariantCulture, $"  id: {HostileStrings.Id(random)}\n");
            }

            check.Append(CultureInfo.InvariantCulture, $"  by: {HostileStrings.Quoted(HostileStrings.Next(random, loneSurrogates))}\n");
            check.Append(CultureInfo.InvariantCulture, $"  note: {HostileStrings.Quoted(HostileStrings.Next(random, loneSurrogates))}\n");
            check.Append(CultureInfo.InvariantCulture, $"  reviewer: {HostileStrings.Quoted(HostileStrings.Next(random, loneSurrogates))}\n");
            check.Append(CultureInfo.InvariantCulture, $"  evidence: s{i} {HostileStrings.Quoted(text)}\n");
            check.Append(CultureInfo.InvariantCulture, $"  tags: {HostileStrings.Id(random)}, {HostileStrings.Id(random)}\n");
            entryLines.Add((first, Lines(check)));
            check.Append('\n');
        }

        const string FileName = "checks/fuzz.check";
        harness.AddCheck(FileName, check.ToString());

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        string context = $"batch {batch} of seed {FuzzSettings.Seed}";
        Assert.True(run.RunResult.Results.All(result => result.Exception is null), $"The generator threw in {context}: {run.RunResult.Results[0].Exception}");
        Assert.False(run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), $"{context}:\n{run.CompilationProblems}");
        Assert.All(run.Diagnostics, diagnostic => Assert.StartsWith("FC", diagnostic.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id is "FC0004" or "FC0011");
        CheckModel expected = harness.CompileWithLanguage().ToModel(GeneratorHarness.DisplayPath);
        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);
        ModelAssert.Equal(expected, sources, claims);

        var kept = claims.Select(claim => claim.Location.Line).ToHashSet();
        int[] errorLines = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToArray();
        Assert.All(
            entryLines.Where(entry => !kept.Contains(entry.First)),
            entry => Assert.True(
                errorLines.Any(line => line >= entry.First && line <= entry.Last),
                $"The claim at line {entry.First} of {context} is left out with no FC error in its entry:\n{run.GeneratorProblems}"));
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Damaged_files_never_make_the_generator_throw_or_its_code_fail(int batch)
    {
        var fuzzer = new CheckFuzzer(FuzzSettings.Seed, [RepresentativeInput.Documents, RepresentativeInput.Strikes, RepresentativeInput.Deterrence]);
        GeneratorHarness harness = new GeneratorHarness().AddRepositorySeeds();
        for (int i = 0; i < 100; i++)
        {
            harness.AddCheck($"checks/fuzz{i}.check", fuzzer.Case((batch * 100) + i));
        }

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        string context = $"cases {batch * 100} to {(batch * 100) + 99} of seed {FuzzSettings.Seed}";
        Assert.True(run.RunResult.Results.All(result => result.Exception is null), $"The generator threw in {context}: {run.RunResult.Results[0].Exception}");
        Assert.False(run.CompilationDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), $"{context}:\n{run.CompilationProblems}");
        Assert.All(run.Diagnostics, diagnostic => Assert.StartsWith("FC", diagnostic.Id, StringComparison.Ordinal));
    }

    private static int Lines(StringBuilder text)
    {
        int lines = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}
