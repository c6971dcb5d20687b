namespace FactCheck.Language.Scales;

/// <summary>One verdict of a scale, without where it was declared, so moving its entry changes nothing downstream.</summary>
/// <param name="Keyword">The keyword a claim's <c>status:</c> gives.</param>
/// <param name="Label">The name readers see.</param>
/// <param name="Meaning">What it means.</param>
/// <param name="Rating">The ClaimReview rating, if any.</param>
/// <param name="Colour">The badge colour, <c>#rrggbb</c>, if declared.</param>
/// <param name="DarkColour">The dark-mode badge colour, <c>#rrggbb</c>, if declared.</param>
/// <param name="NeedsEvidence">Whether a claim judged so needs evidence.</param>
internal sealed record ScaleVerdict(string Keyword, string Label, string Meaning, int? Rating, string? Colour, string? DarkColour, bool NeedsEvidence);
