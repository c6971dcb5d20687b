using System.Globalization;
using System.Text;

namespace FactCheck.Generator.Emit;

/// <summary>Turns any text into C# that compiles: string literals and XML doc comment text.</summary>
internal static class CSharpText
{
    /// <summary>A regular string literal holding exactly <paramref name="value"/>, whatever characters it has.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    // Control characters, surrogates and Unicode line breaks would end or corrupt the literal.
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Text for one line of an XML doc comment: escaped, on one line, with no character that could end the comment.</summary>
    public static string DocText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            string text = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                // XML has no place for a lone surrogate, U+FFFE or U+FFFF (its Char production ends at U+FFFD).
                _ when char.IsSurrogate(c) || c > '\uFFFD' => "\uFFFD",
                _ when char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => " ",
                _ => c.ToString(),
            };
            builder.Append(text);
        }

        return builder.ToString();
    }
}
