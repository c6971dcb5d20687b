using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>The fields of a <c>scale:</c> entry, which declares the project's verdict scale. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScaleFields
{
    /// <summary><c>best:</c>, the best rating.</summary>
    public static readonly FieldSpec Best = FieldSpec.Bound("best", FieldShape.Word, "bestRating", "The best rating of the scale, a whole number (ClaimReview's bestRating); with worst:, or neither for a scale of names.");

    /// <summary><c>worst:</c>, the worst rating.</summary>
    public static readonly FieldSpec Worst = FieldSpec.Bound("worst", FieldShape.Word, "worstRating", "The worst rating of the scale, a whole number (ClaimReview's worstRating); with best:, or neither for a scale of names.");

    /// <summary>Gets every field, in the order the language documents them.</summary>
    public static IReadOnlyList<FieldSpec> All { get; } = FieldSpec.Table(Best, Worst);
}
