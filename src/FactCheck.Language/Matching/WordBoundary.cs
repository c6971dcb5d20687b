using System.Globalization;

namespace FactCheck.Language.Matching;

/// <summary>
/// Where words start and end: a word is a run of letters, numbers and combining marks, which a full stop, comma, colon,
/// apostrophe or middle dot between two of them does not end ("U.S.", "Kata'ib", "5,200"). Scripts written without spaces
/// between words (Han, kana, Bopomofo, Thai, Lao, Khmer, Myanmar) need a dictionary to find their words, so each of
/// their characters counts as a word of its own.
/// </summary>
internal static class WordBoundary
{
    /// <summary>Gets whether a word continues across a place in a text, so that a quote may not start or end there.</summary>
    /// <param name="text">The text.</param>
    /// <param name="boundary">The place, between <c>text[boundary - 1]</c> and <c>text[boundary]</c>.</param>
    /// <returns><see langword="true"/> when the characters on both sides belong to one word.</returns>
    public static bool IsInsideWord(string text, int boundary)
    {
        if (boundary <= 0 || boundary >= text.Length)
        {
            return false;
        }

        int before = Previous(text, boundary);
        if (IsJoiner(text[boundary - 1]))
        {
            // "5,|200", "U.|S.", "Kata'|ib": a cut just after a joiner that stands between two word characters.
            return boundary >= 2 && IsSpacedWordCharacter(text, Previous(text, boundary - 1)) && IsSpacedWordCharacter(text, boundary);
        }

        if (IsJoiner(text[boundary]))
        {
            // "5|,200", "U|.S.", "Kata|'ib": a cut just before one.
            return boundary + 1 < text.Length && IsSpacedWordCharacter(text, before) && IsSpacedWordCharacter(text, boundary + 1);
        }

        return IsSpacedWordCharacter(text, before) && IsSpacedWordCharacter(text, boundary);
    }

    /// <summary>
    /// Gets whether a character joins the word characters on its two sides into one word, as Unicode's word boundaries
    /// (UAX #29) join "U.S.", "Kata'ib", "5,200", "2.5" and "5:00": the full stop, comma, colon, apostrophe (every
    /// apostrophe folds to <c>'</c>), middle dot and the Arabic decimal and thousands separators.
    /// </summary>
    private static bool IsJoiner(char c) => c is '.' or ',' or ':' or '\'' or '\u00B7' or '\u0387' or '\u2027' or '\u066B' or '\u066C';

    private static bool IsSpacedWordCharacter(string text, int index) => IsWordCharacter(text, index) && !IsUnspaced(text, index);

    private static int Previous(string text, int index) =>
        char.IsLowSurrogate(text[index - 1]) && index >= 2 && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;

    /// <summary>Gets whether the character at an index is a letter, a number or a combining mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index of the character (of the high surrogate of a pair).</param>
    /// <returns><see langword="true"/> for a character words are made of.</returns>
    public static bool IsWordCharacter(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) <= UnicodeCategory.OtherNumber;

    /// <summary>Gets whether a category is a letter's or a combining mark's.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for L* and M*.</returns>
    public static bool IsLetterOrMark(UnicodeCategory category) => category <= UnicodeCategory.EnclosingMark;

    private static bool IsUnspaced(string text, int index)
    {
        int value = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index];
        return value is (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
            or (>= 0x1000 and <= 0x109F) // Myanmar
            or (>= 0x1780 and <= 0x17FF) or (>= 0x19E0 and <= 0x19FF) // Khmer
            or (>= 0x2E80 and <= 0x2FDF) // CJK and Kangxi radicals
            or (>= 0x3005 and <= 0x3007) or (>= 0x3021 and <= 0x3029) or (>= 0x3038 and <= 0x303B) // ideographic iteration marks and numbers
            or (>= 0x3040 and <= 0x312F) or (>= 0x31A0 and <= 0x31FF) // kana, Bopomofo
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) // Han
            or (>= 0xA9E0 and <= 0xA9FF) or (>= 0xAA60 and <= 0xAA7F) // Myanmar extensions
            or (>= 0xFF66 and <= 0xFF9F) // half-width katakana
            or (>= 0x1B000 and <= 0x1B16F) // kana supplement and extensions
            or (>= 0x20000 and <= 0x3FFFF); // Han, supplementary planes
    }
}
