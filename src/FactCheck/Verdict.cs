namespace FactCheck;

/// <summary>The fixed verdict scale of a claim check. <see cref="Verdicts"/> holds each verdict's keyword, meaning and rating.</summary>
public enum Verdict
{
    /// <summary>Accurate, nothing significant missing (keyword <c>true</c>).</summary>
    True,

    /// <summary>Accurate but needs clarification or context (keyword <c>mostly-true</c>).</summary>
    MostlyTrue,

    /// <summary>Partly accurate, partly not, in comparable measure (keyword <c>mixed</c>).</summary>
    Mixed,

    /// <summary>Contains an element of truth but ignores facts that change the impression (keyword <c>mostly-false</c>).</summary>
    MostlyFalse,

    /// <summary>Not accurate (keyword <c>false</c>).</summary>
    False,

    /// <summary>Literally accurate but framed to leave a false impression (keyword <c>misleading</c>).</summary>
    Misleading,

    /// <summary>Credible evidence points both ways and informed sources disagree (keyword <c>contested</c>).</summary>
    Contested,

    /// <summary>Not enough public evidence to judge either way (keyword <c>unproven</c>).</summary>
    Unproven,

    /// <summary>A judgment or prediction rather than a checkable statement of fact (keyword <c>opinion</c>).</summary>
    Opinion,
}
