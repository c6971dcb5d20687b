namespace FactCheck.Language.Binding;

/// <summary>A field an entry may have, how often, and the form of its value.</summary>
internal sealed record FieldSpec(string Name, bool Repeatable, ValueShape Shape);
