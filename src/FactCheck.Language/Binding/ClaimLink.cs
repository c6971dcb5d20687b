using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>A <c>supports:</c> or <c>contradicts:</c> reference to another claim, with where it was written.</summary>
/// <param name="ClaimId">The id named.</param>
/// <param name="Range">Where the id stands.</param>
internal sealed record ClaimLink(string ClaimId, TextRange Range);
