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

    /// <summary>
    /// Gets the seed of batch or case <paramref name="index"/> of <paramref name="seed"/>: a fixed mix (SplitMix64's), so
    /// it is the same in every process, which <see cref="HashCode.Combine{T1, T2}(T1, T2)"/> is not.
    /// </summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="index">The batch's or case's index.</param>
    /// <returns>The seed for a <see cref="Random"/>.</returns>
    public static int For(int seed, int index)
    {
        unchecked
        {
            ulong z = (((ulong)(uint)seed << 32) | (uint)index) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }

    private static int Read(string name, int fallback)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? fallback : int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
