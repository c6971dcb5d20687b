namespace FactCheck.Language.Binding;

/// <summary>The set bound from the files' outlines: what the generator emits for the set, and the problems to place.</summary>
/// <param name="Sources">The source documents, by id.</param>
/// <param name="Claims">The claims that passed every check, in file order (files ordered by path).</param>
/// <param name="Problems">The set's problems, in the order <see cref="CheckSetBinder.Diagnostics"/> reports them.</param>
/// <param name="HasDiagnostics">Whether the set has any diagnostic: a problem, or one of the source catalogue.</param>
internal sealed record CheckSetOutline(EquatableArray<ResolvedSource> Sources, EquatableArray<IncludedClaim> Claims, EquatableArray<SetProblem> Problems, bool HasDiagnostics);
