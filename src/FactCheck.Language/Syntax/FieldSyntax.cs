using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>A field, <c>name: value</c>. The grammar accepts any name and any run of values; the binder knows which fields exist and what each takes.</summary>
/// <param name="Name">The field's name, without its colon.</param>
/// <param name="NameRange">Where the name stands.</param>
/// <param name="Values">The value tokens; none when the field is written without a value, which the binder reports.</param>
internal sealed record FieldSyntax(string Name, TextRange NameRange, EquatableArray<ValueToken> Values)
{
    /// <summary>Gets the range of all the field's values, or of its name when it has none.</summary>
    public TextRange ValueRange => Values.Count == 0 ? NameRange : new(Values[0].Range.Start, Values[Values.Count - 1].Range.End);
}
