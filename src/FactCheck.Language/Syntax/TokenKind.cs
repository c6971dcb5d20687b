namespace FactCheck.Language.Syntax;

/// <summary>The kinds of value a field can hold.</summary>
internal enum TokenKind
{
    /// <summary>A bare word: <c>[A-Za-z0-9][A-Za-z0-9._-]*</c>, such as a source id, claim id, verdict or date.</summary>
    Word,

    /// <summary>A quoted string, <c>'...'</c> or <c>"..."</c>.</summary>
    QuotedString,

    /// <summary>A comma between the items of a list.</summary>
    Comma,
}
