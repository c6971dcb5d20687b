namespace FactCheck.Language.Binding;

/// <summary>A claim that passed every check, with the C# name the generator gives it.</summary>
/// <param name="Claim">The bound claim.</param>
/// <param name="MemberName">Its member name in the generated <c>ClaimId</c> enum.</param>
internal sealed record ResolvedClaim(BoundClaim Claim, string MemberName);
