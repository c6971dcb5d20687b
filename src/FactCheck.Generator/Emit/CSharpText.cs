using System.Globalization;
using System.Text;

namespace FactCheck.Generator.Emit;

/// <summary>Turns any text into C# that compiles: string literals and XML doc comment text, appended to a buffer.</summary>
internal static class CSharpText
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Appends a regular string literal holding exactly <paramref name="value"/>, whatever characters it has.</summary>
    public static void AppendLiteral(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('"');
        int plainFrom = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                continue;
            }

            // Copy the run of characters that need no escape in one call.
            builder.Append(value, plainFrom, i - plainFrom);
            plainFrom = i + 1;
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
                    builder.Append("\\u")
                        .Append(HexDigits[(c >> 12) & 0xF])
                        .Append(HexDigits[(c >> 8) & 0xF])
                        .Append(HexDigits[(c >> 4) & 0xF])
                        .Append(HexDigits[c & 0xF]);
                    break;
            }
        }

        builder.Append(value, plainFrom, value.Length - plainFrom);
        builder.Append('"');
    }

    /// <summary>Appends text for one line of an XML doc comment: escaped, on one line, with no character that could end the comment.</summary>
    public static void AppendDocText(StringBuilder builder, string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is >= ' ' and <= '~' and not '&' and not '<' and not '>')
            {
                builder.Append(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                // XML has no place for a lone surrogate, U+FFFE or U+FFFF (its Char production ends at U+FFFD).
                case var _ when char.IsSurrogate(c) || c > '\uFFFD':
                    builder.Append('\uFFFD');
                    break;
                case var _ when char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    /// <summary>Appends a number in invariant digits without making a string of it.</summary>
    public static void AppendInteger(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture));
            return;
        }

        int divisor = 1;
        while (value / divisor >= 10)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            builder.Append((char)('0' + (value / divisor % 10)));
        }
    }
}
