namespace FactCheck.Language.Binding;

/// <summary>A claim that passed every check of the set, named by file and id, with its C# name.</summary>
/// <param name="FilePath">The <c>.check</c> file.</param>
/// <param name="Id">The claim's id.</param>
/// <param name="MemberName">Its member name in the generated <c>ClaimId</c> enum.</param>
internal sealed record IncludedClaim(string FilePath, string Id, string MemberName);
