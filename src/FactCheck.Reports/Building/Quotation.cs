using FactCheck.Reports.ViewModel;

namespace FactCheck.Reports.Building;

/// <summary>A claim's passage as the annotated source highlights it.</summary>
/// <param name="Range">Where the passage stands in the source text.</param>
/// <param name="ClaimId">The claim's id.</param>
/// <param name="ClaimHref">The claim's permalink.</param>
/// <param name="Verdict">The claim's verdict, which colours the highlight.</param>
/// <param name="Description">The claim's verdict and text, for a tooltip.</param>
internal readonly record struct Quotation(OffsetRange Range, string ClaimId, string ClaimHref, VerdictView Verdict, string Description);
