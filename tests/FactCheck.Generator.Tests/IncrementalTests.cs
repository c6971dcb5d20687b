using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System;
using FactCheck.Generator.Emit;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Testing;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>The pipeline caches: an edit to one file redoes that file's steps only, and no step holds a Roslyn object.</summary>
public sealed class IncrementalTests
{
    private const int FileCount = 20;
    private const int EditedFile = 7;

    private static readonly string[] s_passages = [SeedPassages.Translator, SeedPassages.Strikes, SeedPassages.Missiles, SeedPassages.Resolution];

    /// <summary>Every step name <see cref="TrackingNames"/> declares, found by reflection so a new step is covered at once.</summary>
    private static readonly string[] s_trackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Editing_one_file_reruns_only_that_files_steps_and_a_rerun_without_change_is_all_cached()
    {
        GeneratorHarness harness = CreateHarness();
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        AssertSteps(driver.GetRunResult(), TrackingNames.Parse, new() { [IncrementalStepRunReason.New] = FileCount });
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        AdditionalText original = harness.Texts.Single(text => text.Path.EndsWith($"claims-{EditedFile:00}.check", StringComparison.Ordinal));
        string edited = original.GetText(TestContext.Current.CancellationToken)!.ToString().Replace("note: 'first note'", "note: 'edited note'", StringComparison.Ordinal);
        Assert.NotEqual(original.GetText(TestContext.Current.CancellationToken)!.ToString(), edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, edited));
        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Bind, TrackingNames.FileTables })
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.True(reasons.Length == FileCount, $"{step}: {Describe(reasons)}");
            Assert.True(reasons.Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New) == 1, $"{step}: {Describe(reasons)}");
            Assert.True(reasons.Count(IsCachedOrUnchanged) == FileCount - 1, $"{step}: {Describe(reasons)}");
        }

        // The edit keeps every id, name, source and link: the outlines stay equal, so the set is not bound again.
        foreach (string step in new[] { TrackingNames.SourceCatalog, TrackingNames.Outline, TrackingNames.BindSet, TrackingNames.IncludedClaims, TrackingNames.ClaimIndex, TrackingNames.ResolvedSources, TrackingNames.InputSizes })
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.True(reasons.Length > 0 && reasons.All(IsCachedOrUnchanged), $"{step}: {Describe(reasons)}");
        }

        // Only the generated file holding the edited file's table is written anew; the other groups' text is unchanged.
        string[] changed = second.GeneratedSources
            .Where(source => first.GeneratedSources.Single(before => before.HintName == source.HintName).SourceText.ToString() != source.SourceText.ToString())
            .Select(source => source.HintName)
            .ToArray();
        Assert.Equal([HintNames.ForGroup(HintNames.GroupOf(original.Path))], changed);
        Assert.True(first.GeneratedSources.Length > 3, $"the {FileCount} files' tables should spread over several generated files, not {first.GeneratedSources.Length - 2}");
        Assert.Contains("edited note", second.GeneratedSources.Single(source => source.HintName == changed[0]).SourceText.ToString(), StringComparison.Ordinal);
        IncrementalStepRunReason[] groups = Reasons(second, TrackingNames.TableGroups);
        Assert.True(groups.Count(reason => reason == IncrementalStepRunReason.Modified) == 1 && groups.Count(IsCachedOrUnchanged) == groups.Length - 1, $"{TrackingNames.TableGroups}: {Describe(groups)}");

        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);
        GeneratorRunResult third = driver.GetRunResult().Results.Single();
        foreach (string step in s_trackedSteps)
        {
            IncrementalStepRunReason[] reasons = Reasons(third, step);
            Assert.True(reasons.Length > 0 && reasons.All(IsCachedOrUnchanged), $"{step}: {Describe(reasons)}");
        }
    }

    [Fact]
    public void Every_step_is_tracked_and_no_step_output_holds_a_compilation_symbol_syntax_node_or_semantic_model()
    {
        GeneratorHarness harness = CreateHarness();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.CreateCompilation(), TestContext.Current.CancellationToken);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Equal(21, s_trackedSteps.Length);
        foreach (string step in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"{step} is not tracked; the tracked steps are {string.Join(", ", result.TrackedSteps.Keys)}.");
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
            {
                foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                {
                    string? banned = ModelGraph.FindBanned(value, step);
                    Assert.True(banned is null, banned);
                }
            }
        }
    }

    [Fact]
    public void An_edit_that_moves_a_claim_keeps_the_bound_set_and_reports_its_problems_where_the_text_now_stands()
    {
        var harness = new GeneratorHarness();
        harness.AddCheck("checks/a.check", $"claim: {HostileStrings.Quoted(SeedPassages.Strikes)} source: 004 status: true\n  id: twice\n");
        harness.AddCheck("checks/b.check", $"claim: {HostileStrings.Quoted(SeedPassages.Missiles)} source: 004 status: true\n  id: twice\n");
        harness.AddRepositorySeeds();
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Equal(2, DuplicateIdLine(driver.GetRunResult()));

        AdditionalText original = harness.Texts.Single(text => text.Path.EndsWith("b.check", StringComparison.Ordinal));
        string moved = "# two lines pushed in above the claim\n\n" + original.GetText(TestContext.Current.CancellationToken)!;
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, moved));
        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        IncrementalStepRunReason[] reasons = Reasons(result, TrackingNames.BindSet);
        Assert.True(reasons.Length > 0 && reasons.All(IsCachedOrUnchanged), $"{TrackingNames.BindSet}: {Describe(reasons)}");
        Assert.Equal(4, DuplicateIdLine(driver.GetRunResult()));
    }

    [Fact]
    public void An_edit_that_renames_a_claim_binds_the_set_again_and_lists_the_new_name()
    {
        GeneratorHarness harness = CreateHarness();
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);

        AdditionalText original = harness.Texts.Single(text => text.Path.EndsWith($"claims-{EditedFile:00}.check", StringComparison.Ordinal));
        string renamed = original.GetText(TestContext.Current.CancellationToken)!.ToString().Replace($"id: claim-{EditedFile:00}", "id: renamed-claim", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, renamed));
        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.Contains(Reasons(result, TrackingNames.BindSet), reason => reason == IncrementalStepRunReason.Modified);
        string index = result.GeneratedSources.Single(source => source.HintName == "Claims.g.cs").SourceText.ToString();
        Assert.Contains("renamed-claim", index, StringComparison.Ordinal);
        Assert.DoesNotContain($"claim-{EditedFile:00}", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_build_date_reruns_only_the_check_of_corrections_dates()
    {
        GeneratorHarness harness = CreateHarness();
        harness.AddCheck("checks/corrected.check", $"claim: {HostileStrings.Quoted(SeedPassages.Translator)} source: 004 status: true\n  correction: 2026-12-01 'Made on 1 December.'\n");
        harness.FactCheckToday = "2026-11-29";
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        Assert.Equal("FC0031", Assert.Single(first.Diagnostics).Id);

        harness.FactCheckToday = "2026-11-30";
        driver = driver.WithUpdatedAnalyzerConfigOptions(harness.CreateOptionsProvider()).RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Empty(second.Diagnostics);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.BuildDate));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CorrectionDates));
        foreach (string step in s_trackedSteps.Except([TrackingNames.BuildDate, TrackingNames.CorrectionDates]))
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.True(reasons.Length > 0 && reasons.All(IsCachedOrUnchanged), $"{step}: {Describe(reasons)}");
        }

        Assert.Equal(
            first.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            second.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }

    [Fact]
    public void Editing_only_the_scale_binds_that_file_alone_judges_every_file_again_and_regenerates_only_the_verdicts()
    {
        GeneratorHarness harness = CreateHarness().AddCheck("checks/scale.check", Scale("True"));
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("Label = \"True\"", Generated(driver.GetRunResult().Results.Single(), "Verdicts.g.cs"), StringComparison.Ordinal);

        AdditionalText original = harness.Texts.Single(text => text.Path.EndsWith("scale.check", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, Scale("Accurate")));
        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        // Quotes are matched again in the scale's own file only: every claim file keeps its parse and binding.
        foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Bind, TrackingNames.ScaleDeclarations })
        {
            IncrementalStepRunReason[] reasons = Reasons(result, step);
            Assert.True(reasons.Count(reason => reason == IncrementalStepRunReason.Modified) == 1 && reasons.Count(IsCachedOrUnchanged) == FileCount, $"{step}: {Describe(reasons)}");
        }

        Assert.All(new[] { TrackingNames.ChooseScale, TrackingNames.Scale }, step => Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, step)));

        // Every file's verdicts are judged against the new scale, and come out as before, so nothing after them runs;
        // only the scale's own file, bound anew, is judged into a new value.
        AssertSteps(driver.GetRunResult(), TrackingNames.Judge, new() { [IncrementalStepRunReason.Unchanged] = FileCount, [IncrementalStepRunReason.Modified] = 1 });
        AssertSteps(driver.GetRunResult(), TrackingNames.VerdictDiagnostics, new() { [IncrementalStepRunReason.Unchanged] = FileCount + 1 });

        foreach (string step in new[] { TrackingNames.ScaleDeclared, TrackingNames.Outline, TrackingNames.BindSet, TrackingNames.IncludedClaims, TrackingNames.ClaimIndex, TrackingNames.InputSizes })
        {
            IncrementalStepRunReason[] reasons = Reasons(result, step);
            Assert.True(reasons.Length > 0 && reasons.All(IsCachedOrUnchanged), $"{step}: {Describe(reasons)}");
        }

        Assert.Contains("Label = \"Accurate\"", Generated(result, "Verdicts.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_scale_that_drops_a_verdict_in_use_reports_every_claim_judged_so_and_leaves_them_out()
    {
        GeneratorHarness harness = CreateHarness().AddCheck("checks/scale.check", Scale("True"));
        Compilation compilation = harness.CreateCompilation();
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);

        AdditionalText original = harness.Texts.Single(text => text.Path.EndsWith("scale.check", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, Scale("True").Replace("verdict: true", "verdict: accurate", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Equal(FileCount, result.Diagnostics.Count(diagnostic => diagnostic.Id == "FC0005"));
        Assert.All(Reasons(result, TrackingNames.Bind), reason => Assert.NotEqual(IncrementalStepRunReason.New, reason));
        // Every claim's note is in its compiled record, wherever the generated files put it: none is left.
        Assert.DoesNotContain(result.GeneratedSources, source => source.SourceText.ToString().Contains("first note", StringComparison.Ordinal));
        Assert.Contains("Verdicts.Scale", Generated(result, "Claims.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_walk_finds_a_compilation_nested_in_a_value()
    {
        GeneratorHarness harness = CreateHarness();
        var nested = new List<object> { ("ok", new object[] { 1, harness.CreateCompilation() }) };

        Assert.Equal("value[0].Item2[1] is a Compilation (Microsoft.CodeAnalysis.CSharp.CSharpCompilation)", ModelGraph.FindBanned(nested, "value"));
        Assert.Null(ModelGraph.FindBanned(new List<object> { ("ok", new object[] { 1, "text" }) }, "value"));
    }

    private static GeneratorHarness CreateHarness()
    {
        var harness = new GeneratorHarness();
        for (int i = 1; i <= FileCount; i++)
        {
            string passage = s_passages[i % s_passages.Length];
            harness.AddCheck(
                $"checks/claims-{i:00}.check",
                $"claim: {HostileStrings.Quoted(passage)} source: 004 status: true\n  id: claim-{i:00}\n  note: 'first note'\n  tags: file-{i:00}\n");
        }

        return harness.AddRepositorySeeds();
    }

    private static string Scale(string label) =>
        $"scale: 'Two steps' best: 2 worst: 1\nverdict: true label: '{label}' rating: 2 meaning: 'Accurate.'\nverdict: false label: 'False' rating: 1 meaning: 'Not accurate.'\n";

    private static string Generated(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    private static int DuplicateIdLine(GeneratorDriverRunResult result)
    {
        Diagnostic duplicate = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "FC0006");
        Assert.EndsWith("b.check", duplicate.Location.GetLineSpan().Path, StringComparison.Ordinal);
        return duplicate.Location.GetLineSpan().StartLinePosition.Line + 1;
    }

    private static void AssertSteps(GeneratorDriverRunResult result, string step, Dictionary<IncrementalStepRunReason, int> expected)
    {
        IncrementalStepRunReason[] reasons = Reasons(result.Results.Single(), step);
        Assert.True(
            expected.All(pair => reasons.Count(reason => reason == pair.Key) == pair.Value) && reasons.Length == expected.Values.Sum(),
            $"{step}: {Describe(reasons)}");
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
            ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray()
            : [];

    private static bool IsCachedOrUnchanged(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static string Describe(IncrementalStepRunReason[] reasons) =>
        reasons.Length == 0 ? "no outputs" : string.Join(", ", reasons.GroupBy(reason => reason).Select(group => $"{group.Key} x{group.Count()}"));
}
