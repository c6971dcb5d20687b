namespace FactCheck.Language.Binding;

/// <summary>A claim that passed every check of the set, named by file and id, with its C# property name.</summary>
/// <param name="FilePath">The <c>.check</c> file.</param>
/// <param name="Id">The claim's id.</param>
/// <param name="MemberName">Its property name in the generated <c>Claims</c> class.</param>
internal sealed record IncludedClaim(string FilePath, string Id, string MemberName);
