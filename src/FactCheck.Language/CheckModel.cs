namespace FactCheck.Language;

/// <summary>The runtime objects of a compiled set of checks: what the generated <c>Sources.All</c> and <c>Claims.All</c> hold.</summary>
/// <param name="Sources">The source documents, by id.</param>
/// <param name="Claims">The claims, in file order.</param>
public sealed record CheckModel(SourceSet Sources, ClaimSet Claims);
