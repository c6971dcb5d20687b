namespace FactCheck.Language.Syntax;

/// <summary>Writes a text as a <c>.check</c> string that reads back as the same text.</summary>
internal static class StringLiteral
{
    /// <summary>Quotes a text: single quotes unless the text holds one and no double quote; backslashes and the chosen quote escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The string as written in a file, quotes included.</returns>
    public static string Of(string text)
    {
        char quote = text.IndexOf('\'') >= 0 && text.IndexOf('"') < 0 ? '"' : '\'';
        string escaped = text.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote);
        return quote + escaped + quote;
    }
}
