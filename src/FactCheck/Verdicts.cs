using FactCheck.Compiled;

namespace FactCheck;

/// <summary>
/// FactCheck's own scale, the one a project judges on until it declares another: nine verdicts, the first five rated
/// 5 (true) to 1 (false) for ClaimReview, the last three named only. A project that declares a scale gets a generated
/// <c>Verdicts</c> class of its own, in its namespace, with one property per verdict of that scale.
/// </summary>
public static class Verdicts
{
    /// <summary>Gets the default scale: <c>true</c>, <c>mostly-true</c>, <c>mixed</c>, <c>mostly-false</c>, <c>false</c>, <c>misleading</c>, <c>contested</c>, <c>unproven</c>, <c>opinion</c>.</summary>
    public static VerdictScale Default { get; } = new("FactCheck", 5, 1,
    [
        Define("true", "True", 5, "The claim is accurate and nothing significant is missing.", needsEvidence: false),
        Define("mostly-true", "Mostly true", 4, "The claim is accurate but needs clarification or added context.", needsEvidence: false),
        Define("mixed", "Mixed", 3, "The claim is partly accurate and partly not, in comparable measure.", needsEvidence: false),
        Define("mostly-false", "Mostly false", 2, "The claim has an element of truth but ignores facts that would change the impression it gives.", needsEvidence: true),
        Define("false", "False", 1, "The claim is not accurate.", needsEvidence: true),
        Define("misleading", "Misleading", 2, "The claim may be literally accurate but is framed to leave a false impression.", needsEvidence: true),
        Define("contested", "Contested", null, "Credible evidence points both ways and informed sources disagree.", needsEvidence: true),
        Define("unproven", "Unproven", null, "There is not enough public evidence to judge the claim either way.", needsEvidence: false),
        Define("opinion", "Opinion", null, "The claim is a judgment or prediction, not a checkable statement of fact.", needsEvidence: false),
    ]);

    /// <summary>Gets <c>true</c>: accurate, nothing significant missing (rating 5).</summary>
    public static Verdict True => Default[0];

    /// <summary>Gets <c>mostly-true</c>: accurate but needs clarification or context (rating 4).</summary>
    public static Verdict MostlyTrue => Default[1];

    /// <summary>Gets <c>mixed</c>: partly accurate, partly not, in comparable measure (rating 3).</summary>
    public static Verdict Mixed => Default[2];

    /// <summary>Gets <c>mostly-false</c>: an element of truth, but ignores facts that change the impression (rating 2).</summary>
    public static Verdict MostlyFalse => Default[3];

    /// <summary>Gets <c>false</c>: not accurate (rating 1).</summary>
    public static Verdict False => Default[4];

    /// <summary>Gets <c>misleading</c>: literally accurate but framed to leave a false impression (rating 2).</summary>
    public static Verdict Misleading => Default[5];

    /// <summary>Gets <c>contested</c>: credible evidence points both ways and informed sources disagree (named only).</summary>
    public static Verdict Contested => Default[6];

    /// <summary>Gets <c>unproven</c>: not enough public evidence to judge either way (named only).</summary>
    public static Verdict Unproven => Default[7];

    /// <summary>Gets <c>opinion</c>: a judgment or prediction rather than a checkable statement of fact (named only).</summary>
    public static Verdict Opinion => Default[8];

    // The report's stylesheet colours the default scale, in both modes, so no colour is declared here.
    private static VerdictRecord Define(string keyword, string label, int? rating, string meaning, bool needsEvidence) => new()
    {
        Keyword = keyword,
        Label = label,
        Rating = rating,
        Meaning = meaning,
        NeedsEvidence = needsEvidence,
    };
}
