using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>The fields of a <c>verdict:</c> entry, one verdict of the declared scale. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VerdictFields
{
    /// <summary><c>label:</c>, the name readers see.</summary>
    public static readonly FieldSpec Label = FieldSpec.Bound("label", FieldShape.Text, "label", "The verdict's name as readers see it (ClaimReview's alternateName); required.");

    /// <summary><c>meaning:</c>, what the verdict means.</summary>
    public static readonly FieldSpec Meaning = FieldSpec.Bound("meaning", FieldShape.Text, "meaning", "What the verdict means, in a sentence for readers; required.");

    /// <summary><c>rating:</c>, the ClaimReview rating.</summary>
    public static readonly FieldSpec Rating = FieldSpec.Bound("rating", FieldShape.Word, "rating", "The verdict's ClaimReview rating, a whole number between the scale's best and worst; leave it out for a verdict named only.");

    /// <summary><c>colour:</c>, the badge colour.</summary>
    public static readonly FieldSpec Colour = FieldSpec.Bound("colour", FieldShape.Text, "colour", "The report's badge colour, '#rrggbb', under white text (4.5:1 or more).");

    /// <summary><c>dark-colour:</c>, the badge colour in dark mode.</summary>
    public static readonly FieldSpec DarkColour = FieldSpec.Bound("dark-colour", FieldShape.Text, "darkColour", "The badge colour in dark mode, '#rrggbb', under the dark page's colour (4.5:1 or more); without it, colour: lightened until the text reads.");

    /// <summary><c>evidence:</c>, whether a claim judged so needs evidence.</summary>
    public static readonly FieldSpec Evidence = FieldSpec.Bound("evidence", FieldShape.Word, "needsEvidence", "required or optional (the default): whether a claim judged so needs evidence (FC0010).");

    /// <summary>Gets every field, in the order the language documents them.</summary>
    public static IReadOnlyList<FieldSpec> All { get; } = FieldSpec.Table(Label, Meaning, Rating, Colour, DarkColour, Evidence);
}
