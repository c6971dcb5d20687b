using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>A correction read from a claim, with where its date was written: what the check against the report's date needs.</summary>
/// <param name="Correction">The correction.</param>
/// <param name="DateRange">Where its date stands.</param>
internal sealed record DatedCorrection(Correction Correction, TextRange DateRange);
