using FactCheck.Language.Text;

namespace FactCheck.Language.Scales;

/// <summary>A claim's <c>status:</c> word, kept for the check against the project's scale once every file is read.</summary>
/// <param name="Keyword">The word.</param>
/// <param name="Range">Where it stands.</param>
/// <param name="HasEvidence">Whether the claim gives any <c>evidence:</c>.</param>
internal sealed record VerdictUse(string Keyword, TextRange Range, bool HasEvidence);
