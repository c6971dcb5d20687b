namespace FactCheck.Language.Binding;

/// <summary>The forms a field's value can take.</summary>
internal enum ValueShape
{
    Word,
    Text,
    Date,
    Url,
    WordList,
    Evidence,
}
