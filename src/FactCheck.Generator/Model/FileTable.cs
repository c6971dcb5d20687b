using FactCheck.Generator.Emit;

namespace FactCheck.Generator.Model;

/// <summary>One <c>.check</c> file's compiled claims, as the C# statement that makes their table.</summary>
/// <param name="FilePath">The file's path, which orders the tables and picks their group.</param>
/// <param name="DisplayPath">The path the claims record, named in a comment beside the statement.</param>
/// <param name="Statement">The statement, on one line: <c>return new CompiledClaims(...);</c>.</param>
internal sealed record FileTable(string FilePath, string DisplayPath, string Statement)
{
    /// <summary>Gets the group of generated files the table is written into.</summary>
    public int Group { get; } = HintNames.GroupOf(FilePath);
}
