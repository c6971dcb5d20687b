using System.Globalization;
using System.Text;

namespace FactCheck.Language.Matching;

/// <summary>
/// Shows a passage of a source in a message with its invisible characters written out (<c>\u00AD</c>), so that a
/// closest passage that differs from a quote only by one of them does not look the same as the quote.
/// </summary>
internal static class VisibleText
{
    /// <summary>Writes every invisible character of a text as a <c>\uXXXX</c> (or <c>\UXXXXXXXX</c>) escape.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, with its control and format characters, line and paragraph separators, variation selectors, unassigned code points and lone surrogates escaped.</returns>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            bool pair = char.IsSurrogatePair(text, i);
            if (IsInvisible(text, i))
            {
                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(pair
                    ? string.Format(CultureInfo.InvariantCulture, "\\U{0:X8}", char.ConvertToUtf32(text, i))
                    : string.Format(CultureInfo.InvariantCulture, "\\u{0:X4}", (int)text[i]));
            }
            else
            {
                escaped?.Append(text, i, pair ? 2 : 1);
            }

            if (pair)
            {
                i++;
            }
        }

        return escaped?.ToString() ?? text;
    }

    private static bool IsInvisible(string text, int index)
    {
        char c = text[index];
        if (c == '\t')
        {
            return false;
        }

        int value = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : c;
        return value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0
            || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;
    }
}
