using System.Linq;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Language.Tests.Support;

/// <summary>Finds fields and values in a parsed entry.</summary>
internal static class SyntaxQueries
{
    public static FieldSyntax Field(this EntrySyntax entry, string name) => Assert.Single(entry.Fields, field => field.Name == name);

    public static ValueToken Value(this EntrySyntax entry, string name) => Assert.Single(entry.Field(name).Values);

    public static string[] FieldNames(this EntrySyntax entry) => entry.Fields.Select(field => field.Name).ToArray();

    /// <summary>Formats where a range starts, <c>line:column</c>.</summary>
    public static string At(this TextRange range) => $"{range.Start.Line}:{range.Start.Column}";

    /// <summary>Formats a whole range, <c>line:column-line:column</c>.</summary>
    public static string Span(this TextRange range) => $"{range.At()}-{range.End.Line}:{range.End.Column}";
}
