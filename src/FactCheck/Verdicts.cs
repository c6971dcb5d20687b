using System;
using System.Collections.Generic;

namespace FactCheck;

/// <summary>The verdict scale: every verdict's keyword, display name, meaning and ClaimReview rating, in one table.</summary>
public static class Verdicts
{
    /// <summary>The best value of the ClaimReview rating scale.</summary>
    public const int BestRating = 5;

    /// <summary>The worst value of the ClaimReview rating scale.</summary>
    public const int WorstRating = 1;

    private static readonly VerdictInfo[] s_all =
    [
        new(Verdict.True, "true", "True", 5, "The claim is accurate and nothing significant is missing."),
        new(Verdict.MostlyTrue, "mostly-true", "Mostly true", 4, "The claim is accurate but needs clarification or added context."),
        new(Verdict.Mixed, "mixed", "Mixed", 3, "The claim is partly accurate and partly not, in comparable measure."),
        new(Verdict.MostlyFalse, "mostly-false", "Mostly false", 2, "The claim has an element of truth but ignores facts that would change the impression it gives."),
        new(Verdict.False, "false", "False", 1, "The claim is not accurate."),
        new(Verdict.Misleading, "misleading", "Misleading", 2, "The claim may be literally accurate but is framed to leave a false impression."),
        new(Verdict.Contested, "contested", "Contested", null, "Credible evidence points both ways and informed sources disagree."),
        new(Verdict.Unproven, "unproven", "Unproven", null, "There is not enough public evidence to judge the claim either way."),
        new(Verdict.Opinion, "opinion", "Opinion", null, "The claim is a judgment or prediction, not a checkable statement of fact."),
    ];

    /// <summary>Gets every verdict, in the order of the <see cref="Verdict"/> enumeration.</summary>
    public static IReadOnlyList<VerdictInfo> All => s_all;

    /// <summary>Gets the description of <paramref name="verdict"/>.</summary>
    /// <param name="verdict">A verdict.</param>
    /// <returns>Its keyword, display name, meaning and rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined verdict.</exception>
    public static VerdictInfo Describe(this Verdict verdict) => verdict switch
    {
        Verdict.True => s_all[0],
        Verdict.MostlyTrue => s_all[1],
        Verdict.Mixed => s_all[2],
        Verdict.MostlyFalse => s_all[3],
        Verdict.False => s_all[4],
        Verdict.Misleading => s_all[5],
        Verdict.Contested => s_all[6],
        Verdict.Unproven => s_all[7],
        Verdict.Opinion => s_all[8],
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a defined verdict."),
    };

    /// <summary>Finds the verdict spelt by <paramref name="keyword"/>, exactly as in a <c>.check</c> file.</summary>
    /// <param name="keyword">A keyword such as <c>mostly-false</c>; the comparison is case-sensitive.</param>
    /// <param name="verdict">The verdict found.</param>
    /// <returns><see langword="true"/> when the keyword names a verdict.</returns>
    public static bool TryParse(string keyword, out Verdict verdict)
    {
        foreach (VerdictInfo info in s_all)
        {
            if (string.Equals(info.Keyword, keyword, StringComparison.Ordinal))
            {
                verdict = info.Verdict;
                return true;
            }
        }

        verdict = default;
        return false;
    }

    /// <summary>Gets the verdict's keyword, as written in a <c>.check</c> file.</summary>
    /// <param name="verdict">A verdict.</param>
    /// <returns>The keyword, such as <c>mostly-true</c>.</returns>
    public static string ToKeyword(this Verdict verdict) => Describe(verdict).Keyword;

    /// <summary>Gets whether a claim with this verdict should carry evidence: a verdict against a claim's face value needs support.</summary>
    /// <param name="verdict">A verdict.</param>
    /// <returns><see langword="true"/> for false, mostly false, misleading and contested.</returns>
    public static bool NeedsEvidence(this Verdict verdict) =>
        verdict is Verdict.False or Verdict.MostlyFalse or Verdict.Misleading or Verdict.Contested;
}
