using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Language.Formatting;
using FactCheck.Language.Tests.Support;
using FactCheck.Testing;

namespace FactCheck.Language.Tests.Formatting;

/// <summary>
/// What formatting must keep, over the seeded fuzz inputs (<c>FACTCHECK_FUZZ_CASES</c>, 5,000 by default), the
/// conformance cases and the bundled checks: a file that parses formats into one that compiles to the same model with
/// the same diagnostic ids, and formatting it again changes nothing; a file that does not parse is left as it is.
/// </summary>
public sealed class FormatterPropertyTests
{
    [Fact]
    public void Formatting_the_fuzz_inputs_keeps_the_model_and_is_idempotent()
    {
        int seed = FuzzSettings.Seed;
        var fuzzer = new CheckFuzzer(seed, Repository.CheckFiles.Select(file => file.Text));
        int formatted = 0;
        for (int index = 0; index < FuzzSettings.Cases(5_000); index++)
        {
            string? failure = Check(fuzzer.Case(index), ref formatted);
            Assert.True(failure is null, $"Fuzz case {index} of seed {seed} (FACTCHECK_FUZZ_SEED={seed}): {failure}");
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        }

        // The property says nothing unless many inputs parse: the damaged files mostly do not.
        Assert.True(formatted >= FuzzSettings.Cases(5_000) / 20, $"only {formatted} fuzz inputs parsed");
    }

    [Fact]
    public void Formatting_the_conformance_cases_and_the_bundled_checks_keeps_the_model_and_is_idempotent()
    {
        IEnumerable<string> files = Directory.EnumerateFiles(Repository.Cases, "*.check", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.Checks, "*.check"))
            .Order(StringComparer.Ordinal);
        int formatted = 0;
        foreach (string path in files)
        {
            string? failure = Check(Repository.ReadFile(path).Text, ref formatted);
            Assert.True(failure is null, $"{path}: {failure}");
        }

        Assert.True(formatted > 20, $"only {formatted} files parsed");
    }

    [Fact]
    public void The_model_comparison_sees_a_changed_field()
    {
        string before = Checks.IsisClaim + " note: 'a'";
        string after = Checks.IsisClaim + " note: 'b'";

        Assert.NotEqual(Model(Checks.Compile(before)), Model(Checks.Compile(after)));
        Assert.Equal(Model(Checks.Compile(before)), Model(Checks.Compile("\n\n" + before)));
    }

    /// <returns>Null when every property holds for <paramref name="text"/>, else what went wrong.</returns>
    private static string? Check(string text, ref int formatted)
    {
        FormatResult result = CheckFormatter.Format(text);
        if (Checks.Parse(text).Diagnostics.Count > 0)
        {
            return result.IsFormatted || result.Text != text ? "a file that does not parse was formatted" : null;
        }

        formatted++;
        if (!result.IsFormatted)
        {
            return "a file that parses was not formatted: " + string.Join("; ", result.Errors);
        }

        CheckCompilation original = Checks.Compile(text);
        CheckCompilation reformatted = Checks.Compile(result.Text);
        if (!Ids(original).SequenceEqual(Ids(reformatted)))
        {
            return $"the diagnostics changed from [{string.Join(", ", Ids(original))}] to [{string.Join(", ", Ids(reformatted))}]\n{result.Text}";
        }

        if (Model(original) != Model(reformatted))
        {
            return $"the model changed:\n{Model(original)}\nbecame\n{Model(reformatted)}\nformatted as\n{result.Text}";
        }

        FormatResult again = CheckFormatter.Format(result.Text);
        return again.Changed ? $"formatting twice changed the text:\n{result.Text}\nbecame\n{again.Text}" : null;
    }

    private static string[] Ids(CheckCompilation compilation) =>
        compilation.Diagnostics.Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal).ToArray();

    private static string Model(CheckCompilation compilation) => ModelDump.Of(compilation.ToModel(path => path));
}
