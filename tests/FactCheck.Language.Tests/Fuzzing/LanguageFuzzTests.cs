using System;
using System.IO;
using System.Linq;
using System.Text;
using FactCheck.Language.Tests.Support;
using FactCheck.Testing;

namespace FactCheck.Language.Tests.Fuzzing;

/// <summary>
/// The seeded fuzz of the parser and binder: <c>FACTCHECK_FUZZ_CASES</c> cases (20,000 by default) from
/// <c>FACTCHECK_FUZZ_SEED</c>, each held to <see cref="FuzzOracle"/>; and the regressions it found, kept in
/// <c>Fuzzing/Regressions/</c>, held to the same.
/// </summary>
public sealed class LanguageFuzzTests
{
    private static readonly string s_regressions = Path.Combine(Repository.Root, "tests", "FactCheck.Language.Tests", "Fuzzing", "Regressions");

    public static TheoryData<string> Regressions => new(
        Directory.EnumerateFiles(s_regressions, "*.check").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Random_and_damaged_files_compile_without_throwing_hanging_or_wandering()
    {
        int seed = FuzzSettings.Seed;
        var fuzzer = new CheckFuzzer(seed, Repository.CheckFiles.Select(file => file.Text));
        for (int index = 0; index < FuzzSettings.Cases(20_000); index++)
        {
            string text = fuzzer.Case(index);
            string? failure = FuzzOracle.Check(text);
            if (failure is not null)
            {
                string saved = Path.Combine(Path.GetTempPath(), $"fuzz-{seed}-{index}.check");
                File.WriteAllText(saved, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Assert.Fail(
                    $"Fuzz case {index} of seed {seed} (FACTCHECK_FUZZ_SEED={seed}) {failure}.\n"
                    + $"Its input is saved at {saved}: fix the bug, then add the file to tests/FactCheck.Language.Tests/Fuzzing/Regressions/.");
            }

            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        }
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void A_regression_found_by_the_fuzz_holds(string name)
    {
        string text = File.ReadAllText(Path.Combine(s_regressions, name));

        Assert.Null(FuzzOracle.Check(text));
    }
}
