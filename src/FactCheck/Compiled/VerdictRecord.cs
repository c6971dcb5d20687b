using System.ComponentModel;

namespace FactCheck.Compiled;

/// <summary>One verdict of a declared scale, as the generated code writes it. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class VerdictRecord
{
    /// <summary>Gets or sets the keyword.</summary>
    public string Keyword { get; set; } = string.Empty;

    /// <summary>Gets or sets the label readers see.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Gets or sets the meaning.</summary>
    public string Meaning { get; set; } = string.Empty;

    /// <summary>Gets or sets the ClaimReview rating, if any.</summary>
    public int? Rating { get; set; }

    /// <summary>Gets or sets the badge colour, <c>#rrggbb</c>, if any.</summary>
    public string? Colour { get; set; }

    /// <summary>Gets or sets the dark-mode badge colour, <c>#rrggbb</c>, if any.</summary>
    public string? DarkColour { get; set; }

    /// <summary>Gets or sets whether a claim judged so needs evidence.</summary>
    public bool NeedsEvidence { get; set; }
}
