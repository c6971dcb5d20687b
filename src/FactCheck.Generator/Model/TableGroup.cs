using System;
using System.Collections.Immutable;
using System.Linq;
using FactCheck.Generator.Emit;
using FactCheck.Language;

namespace FactCheck.Generator.Model;

/// <summary>
/// The file tables written into one generated file. The compiler and its analyzers pay for every syntax tree (options
/// looked up, declarations merged, each disabled rule checked against each tree), so 1,000 <c>.check</c> files are
/// written as <see cref="HintNames.GroupCount"/> generated files, not 1,000. A file's group follows from its path alone,
/// so adding, removing or editing a file changes its own group's output and no other.
/// </summary>
/// <param name="Index">The group's number, from 0.</param>
/// <param name="Tables">The group's tables, ordered by path.</param>
internal sealed record TableGroup(int Index, EquatableArray<FileTable> Tables)
{
    /// <summary>
    /// Gets the order of a group's tables, by path: a table's place in it is the slot the index asks the group for, so
    /// the group's file and the index must both order by this.
    /// </summary>
    public static StringComparer PathOrder => StringComparer.Ordinal;

    /// <summary>Makes a group from its tables, in <see cref="PathOrder"/>.</summary>
    public static TableGroup Of(int index, ImmutableArray<FileTable> tables) =>
        new(index, tables.OrderBy(table => table.FilePath, PathOrder).ToEquatableArray());
}
