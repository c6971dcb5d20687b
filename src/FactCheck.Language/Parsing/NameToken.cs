using FactCheck.Language.Text;

namespace FactCheck.Language.Parsing;

/// <summary>A field name with its colon, <c>name:</c>; the range covers the name alone.</summary>
internal readonly record struct NameToken(string Name, TextRange Range);
