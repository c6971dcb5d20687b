using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Benchmarks.Generator;
using FactCheck.Generator;
using FactCheck.Language.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCheck.Benchmarks;

/// <summary>
/// The source generator through <see cref="CSharpGeneratorDriver"/>, as the build runs it: 10,000 claims in 1,000
/// files, once from nothing and once more after one file changed. The timed runs do not track steps, as the build does
/// not: Roslyn's step recording costs far more than the generator at this size. A separate tracked run checks the edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const int ClaimCount = 10_000;
    private const int ClaimsPerFile = 10;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private InMemoryAdditionalText[] _texts = [];
    private InMemoryAdditionalText _edited = null!;
    private GeneratorDriver _afterFullRun = null!;
    private InMemoryAdditionalText _scale = null!;
    private InMemoryAdditionalText _editedScale = null!;
    private GeneratorDriver _afterScaleRun = null!;

    [GlobalSetup]
    public void CreateProject()
    {
        _texts = Texts(ClaimCount);
        _edited = Edited(_texts[0]);
        // The same project with the nine keywords declared as a scale of its own; the edit relabels one verdict.
        _scale = new InMemoryAdditionalText("/project/checks/scale.check", ScaleText("True"));
        _editedScale = new InMemoryAdditionalText(_scale.Path, ScaleText("Accurate"));
        _compilation = CSharpCompilation.Create(
            "FactCheck.Benchmarks.Generated",
            [CSharpSyntaxTree.ParseText("System.Console.WriteLine(global::Checks.Claims.All.Count);\n", s_parseOptions)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
    }

    [Benchmark]
    public GeneratorDriver FullRun() => CreateDriver(trackSteps: false).RunGenerators(_compilation);

    [IterationSetup(Target = nameof(EditRun))]
    public void RunOnceBeforeTheEdit() => _afterFullRun = FullRun();

    [Benchmark]
    public GeneratorDriver EditRun() => RunAfterTheEdit(_afterFullRun);

    [IterationSetup(Target = nameof(ScaleEditRun))]
    public void RunOnceBeforeTheScaleEdit() => _afterScaleRun = CreateDriver(trackSteps: false, [.. _texts, _scale]).RunGenerators(_compilation);

    /// <summary>Runs the generator after the project's scale changed: every claim file's verdicts are judged again, nothing is bound again.</summary>
    [Benchmark]
    public GeneratorDriver ScaleEditRun() => _afterScaleRun.ReplaceAdditionalText(_scale, _editedScale).RunGenerators(_compilation);

    /// <summary>Runs the generator fully, then after the edit, and checks that each per-file step produced anew only the edited file's output.</summary>
    /// <returns>A line per per-file step, such as <c>Parse: 1 of 1000 outputs new or modified</c>.</returns>
    /// <remarks>
    /// The tracked run has a tenth of the corpus, 1,000 claims in 100 files: Roslyn's recording of each step's inputs grows
    /// much faster than the pipeline, and at 1,000 files the tracked run had not ended after 15 minutes.
    /// </remarks>
    public IReadOnlyList<string> DescribeEditRun()
    {
        InMemoryAdditionalText[] texts = Texts(ClaimCount / 10);
        GeneratorDriver tracked = CreateDriver(trackSteps: true, texts).RunGenerators(_compilation);
        GeneratorRunResult result = tracked.ReplaceAdditionalText(texts[0], Edited(texts[0])).RunGenerators(_compilation).GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator failed.", result.Exception);
        }

        return [Describe(result, TrackingNames.Parse), Describe(result, TrackingNames.Bind)];
    }

    /// <summary>Gets the diagnostics of a full run, to make sure the project is valid.</summary>
    public IReadOnlyList<Diagnostic> FullRunDiagnostics() => FullRun().GetRunResult().Diagnostics;

    private static string Describe(GeneratorRunResult result, string step)
    {
        IncrementalGeneratorRunStep[] runs = [.. result.TrackedSteps[step]];
        int rerun = runs.SelectMany(run => run.Outputs).Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        string description = $"{step}: {rerun} of {runs.Length} outputs new or modified";
        return rerun == 1 ? description : throw new InvalidOperationException($"Only the edited file's step should have run again; {description}.");
    }

    private static InMemoryAdditionalText[] Texts(int claimCount)
    {
        ClaimCorpus corpus = ClaimCorpus.Create(claimCount);
        IEnumerable<TextFile> files = CheckFormat.WriteFiles(corpus.Claims, ClaimsPerFile).Concat(corpus.Sources);
        return [.. files.Select(file => new InMemoryAdditionalText("/project/" + file.Path, file.Text))];
    }

    // The edit an analyst makes most: a reworded note.
    private static InMemoryAdditionalText Edited(InMemoryAdditionalText file) =>
        new(file.Path, file.GetText().ToString().Replace("  note: '", "  note: 'Edited. ", StringComparison.Ordinal));

    private GeneratorDriver RunAfterTheEdit(GeneratorDriver afterFullRun) =>
        afterFullRun.ReplaceAdditionalText(_texts[0], _edited).RunGenerators(_compilation);

    private static string ScaleText(string trueLabel) =>
        $"scale: 'House' best: 5 worst: 1\nverdict: true label: '{trueLabel}' rating: 5 meaning: 'Accurate.'\n"
        + string.Concat(new[] { "mostly-true", "mixed", "mostly-false", "false", "misleading", "contested", "unproven", "opinion" }
            .Select(keyword => $"verdict: {keyword} label: '{keyword}' meaning: 'The meaning of {keyword}.'\n"));

    private CSharpGeneratorDriver CreateDriver(bool trackSteps, IEnumerable<AdditionalText>? texts = null) =>
        CSharpGeneratorDriver.Create(
            [new FactCheckGenerator().AsSourceGenerator()],
            texts ?? _texts,
            s_parseOptions,
            new KindOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static MetadataReference[] References()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(Claim).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
