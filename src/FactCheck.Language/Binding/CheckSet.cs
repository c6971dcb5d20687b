using FactCheck.Language.Diagnostics;

namespace FactCheck.Language.Binding;

/// <summary>Every file of a build bound together: the claims and sources that compile, and the diagnostics only the whole set can show.</summary>
/// <param name="Sources">The source documents, by id.</param>
/// <param name="Claims">The claims that passed every check, in file order (files ordered by path).</param>
/// <param name="Diagnostics">The diagnostics of the set as a whole: duplicate ids, unknown links, name collisions, duplicate sources.</param>
internal sealed record CheckSet(EquatableArray<ResolvedSource> Sources, EquatableArray<ResolvedClaim> Claims, EquatableArray<CheckDiagnostic> Diagnostics);
