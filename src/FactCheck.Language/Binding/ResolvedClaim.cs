namespace FactCheck.Language.Binding;

/// <summary>A claim that passed every check, with the C# property name the generator gives it.</summary>
/// <param name="Claim">The bound claim.</param>
/// <param name="MemberName">Its property name in the generated <c>Claims</c> class.</param>
internal sealed record ResolvedClaim(BoundClaim Claim, string MemberName);
