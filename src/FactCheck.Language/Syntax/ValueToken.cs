using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>One value token of a field.</summary>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Text">The word; for a string, its value with escapes decoded and without its quotes.</param>
/// <param name="Range">Where the token stands in the file, quotes included.</param>
internal sealed record ValueToken(TokenKind Kind, string Text, TextRange Range);
