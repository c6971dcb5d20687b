namespace FactCheck.Language.Syntax;

/// <summary>The syntax tree of one <c>.check</c> file: the entries that parsed.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Entries">The entries, in file order; an entry cut short by a syntax error is left out.</param>
internal sealed record CheckFileSyntax(string Path, EquatableArray<EntrySyntax> Entries);
