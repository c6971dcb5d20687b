namespace FactCheck.Generator.Model;

/// <summary>One <c>.check</c> file's compiled claims, as the C# that declares them inside <c>Claims</c>.</summary>
/// <param name="FilePath">The file's path, which orders the tables and picks their group.</param>
/// <param name="Declaration">The nested class holding the file's table, indented for its place in <c>Claims</c>.</param>
internal sealed record FileTable(string FilePath, string Declaration);
