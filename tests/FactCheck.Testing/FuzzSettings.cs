using System;
using System.Globalization;

namespace FactCheck.Testing;

/// <summary>
/// How many fuzz cases to run and from which seed: <c>FACTCHECK_FUZZ_CASES</c> and <c>FACTCHECK_FUZZ_SEED</c>, else the
/// defaults CI runs. Case <c>i</c> of seed <c>s</c> is the same input on every machine, whatever the count.
/// </summary>
public static class FuzzSettings
{
    /// <summary>The seed CI runs.</summary>
    public const int DefaultSeed = 20261121;

    /// <summary>Gets the seed, from <c>FACTCHECK_FUZZ_SEED</c> or <see cref="DefaultSeed"/>.</summary>
    public static int Seed => Read("FACTCHECK_FUZZ_SEED", DefaultSeed);

    /// <summary>Gets the number of cases, from <c>FACTCHECK_FUZZ_CASES</c> or <paramref name="defaultCases"/>.</summary>
    /// <param name="defaultCases">The count CI runs.</param>
    /// <returns>The count.</returns>
    public static int Cases(int defaultCases) => Read("FACTCHECK_FUZZ_CASES", defaultCases);

    private static int Read(string name, int fallback)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? fallback : int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
