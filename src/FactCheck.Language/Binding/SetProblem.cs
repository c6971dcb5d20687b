namespace FactCheck.Language.Binding;

/// <summary>
/// A problem of the set, located by position in the files ordered by path rather than by line and column, so that it
/// stays equal across an edit that moves text; <see cref="CheckSetBinder.Diagnostics"/> places it.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="File">The file's index, or -1 for a problem of a source document.</param>
/// <param name="Item">The index of the claim or document entry in that file, or of the source document in the catalogue.</param>
/// <param name="Link">For an unknown link, its index among the claim's links; else -1.</param>
/// <param name="FirstFile">For a duplicate or a collision with an earlier claim or entry, that one's file; else -1.</param>
/// <param name="FirstItem">For a duplicate or a collision, the earlier claim's or entry's index; else -1.</param>
/// <param name="Name">For a name collision, the C# name; else <see langword="null"/>.</param>
internal readonly record struct SetProblem(SetProblemKind Kind, int File, int Item, int Link, int FirstFile, int FirstItem, string? Name);
