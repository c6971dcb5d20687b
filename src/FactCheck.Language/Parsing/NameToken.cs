using FactCheck.Language.Text;

namespace FactCheck.Language.Parsing;

/// <summary>A field name with its colon, <c>name:</c>, and where the name starts.</summary>
internal readonly record struct NameToken(string Name, TextPosition Start)
{
    /// <summary>Gets the range of the name alone: a name is a word, so it ends on its line, its length further on.</summary>
    public TextRange Range => new(Start, new TextPosition(Start.Offset + Name.Length, Start.Line, Start.Column + Name.Length));
}
