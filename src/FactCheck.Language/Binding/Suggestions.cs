using System;
using System.Collections.Generic;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>Finds the candidate closest to <paramref name="misspelt"/> by edit distance, if it is close enough to be a typo.</summary>
    /// <param name="misspelt">The name written.</param>
    /// <param name="candidates">The names that exist.</param>
    /// <returns>The closest candidate, or <see langword="null"/> when none is within a third of the name's length (at least 2 edits).</returns>
    public static string? Closest(string misspelt, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Max(2, misspelt.Length / 3);
        foreach (string candidate in candidates)
        {
            int distance = EditDistance(misspelt.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Formats a hint for the closest name found: <c> Did you mean 'x'?</c>, or nothing.</summary>
    /// <param name="closest">The closest name, or <see langword="null"/>.</param>
    /// <returns>The hint with a leading space, or an empty string.</returns>
    public static string DidYouMean(string? closest) => closest is null ? string.Empty : $" Did you mean '{closest}'?";

    /// <summary>The fix that goes with a "did you mean" hint: the closest name in place of the misspelt one.</summary>
    /// <param name="range">Where the misspelt name stands.</param>
    /// <param name="closest">The closest name, or <see langword="null"/>.</param>
    /// <returns>The fix, or <see langword="null"/> when there is no closest name.</returns>
    public static CheckFix? Replace(TextRange range, string? closest) =>
        closest is null ? null : new CheckFix($"Change to '{closest}'", range, closest);

    /// <summary>The Levenshtein distance: how many characters to insert, delete or replace to turn one text into the other.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
