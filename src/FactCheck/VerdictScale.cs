using System;
using System.Collections;
using System.Collections.Generic;
using FactCheck.Compiled;

namespace FactCheck;

/// <summary>
/// The verdicts a project judges claims on, in the scale's order: declared once in a <c>.check</c> file
/// (<c>scale: 'Truth-O-Meter' best: 6 worst: 1</c>, then its <c>verdict:</c> entries), or <see cref="Verdicts.Default"/>.
/// </summary>
public sealed class VerdictScale : IReadOnlyList<Verdict>
{
    private readonly Verdict[] _verdicts;

    internal VerdictScale(string name, int? bestRating, int? worstRating, IEnumerable<VerdictRecord> verdicts)
    {
        Name = name;
        BestRating = bestRating;
        WorstRating = worstRating;
        var list = new List<Verdict>();
        foreach (VerdictRecord verdict in verdicts)
        {
            list.Add(new Verdict(this, list.Count, verdict.Keyword, verdict.Label, verdict.Meaning, verdict.Rating, verdict.Colour, verdict.DarkColour, verdict.NeedsEvidence));
        }

        _verdicts = [.. list];
    }

    /// <summary>Gets the scale's name, such as <c>Truth-O-Meter</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the best ClaimReview rating (ClaimReview's <c>bestRating</c>), or <see langword="null"/> for a scale of names only.</summary>
    public int? BestRating { get; }

    /// <summary>Gets the worst ClaimReview rating (ClaimReview's <c>worstRating</c>), or <see langword="null"/> for a scale of names only.</summary>
    public int? WorstRating { get; }

    /// <summary>Gets how many verdicts the scale has.</summary>
    public int Count => _verdicts.Length;

    /// <summary>Gets the verdict at <paramref name="index"/> in the scale's order (its <see cref="Verdict.Order"/>).</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The verdict.</returns>
    public Verdict this[int index] => _verdicts[index];

    /// <summary>Finds the verdict spelt by <paramref name="keyword"/>, exactly as in a <c>.check</c> file.</summary>
    /// <param name="keyword">A keyword such as <c>mostly-false</c>; the comparison is case-sensitive.</param>
    /// <returns>The verdict, or <see langword="null"/> when the scale has no such keyword.</returns>
    public Verdict? Find(string keyword)
    {
        Argument.NotNull(keyword, nameof(keyword));
        foreach (Verdict verdict in _verdicts)
        {
            if (string.Equals(verdict.Keyword, keyword, StringComparison.Ordinal))
            {
                return verdict;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public IEnumerator<Verdict> GetEnumerator() => ((IEnumerable<Verdict>)_verdicts).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
