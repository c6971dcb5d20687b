using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCheck.Language.Matching;

/// <summary>
/// What a quote and its source are compared after, one character (a base character with its combining marks) at a
/// time: canonical decomposition (NFD); the compatibility forms that only change how a letter is drawn (ligatures
/// such as ﬁ, positional Arabic forms, full and half width) decomposed too; full case folding; curly quotes as straight
/// ones, dashes as a hyphen; format characters (category Cf, such as the soft hyphen) and variation selectors dropped.
/// Superscripts, subscripts, fractions, squared unit symbols, circled numbers, letter-like symbols and the ellipsis are
/// kept as they are: folding them changes what a text says. White space is the caller's.
/// </summary>
internal static class QuoteFolding
{
    private const char CombiningDotAbove = '\u0307';

    /// <summary>Appends the folded form of one character of the text, <c>[start, end)</c>, to the builder.</summary>
    /// <param name="builder">Where the folded form goes.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The start of the character: a base character, or a combining mark no base carries.</param>
    /// <param name="end">The end of the character, after its combining marks.</param>
    /// <param name="cache">The folded forms of the single characters already seen in this text.</param>
    public static void AppendCharacter(StringBuilder builder, string text, int start, int end, Dictionary<char, string> cache)
    {
        char first = text[start];
        if (end == start + 1)
        {
            if (!cache.TryGetValue(first, out string? folded))
            {
                folded = Fold(first.ToString());
                cache.Add(first, folded);
            }

            builder.Append(folded);
            return;
        }

        builder.Append(Fold(text.Substring(start, end - start)));
    }

    private static string Fold(string character)
    {
        if (!NormalizedText.IsNormalizable(character))
        {
            // string.Normalize rejects it (a lone surrogate, U+FFFE): folded as it is, one code unit at a time.
            return FoldCase(character);
        }

        string folded = FoldCase(Decompose(character));
        return IsAscii(folded) ? folded : folded.Normalize(NormalizationForm.FormD);
    }

    /// <summary>Canonical decomposition, with the compatibility decomposition of the characters whose fold keeps meaning.</summary>
    private static string Decompose(string character)
    {
        if (character.IsNormalized(NormalizationForm.FormKD))
        {
            return character;
        }

        var decomposed = new StringBuilder(character.Length * 2);
        for (int i = 0; i < character.Length; i += char.IsSurrogatePair(character, i) ? 2 : 1)
        {
            string codePoint = character.Substring(i, char.IsSurrogatePair(character, i) ? 2 : 1);
            string compatible = codePoint.Normalize(NormalizationForm.FormKD);
            decomposed.Append(FoldsCompatibly(codePoint, compatible) ? compatible : codePoint.Normalize(NormalizationForm.FormD));
        }

        return decomposed.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>
    /// Gets whether a character's compatibility decomposition only redraws it: a full- or half-width form, or a letter
    /// that decomposes into letters and marks alone (ﬁ into fi, ĳ into ij, a positional Arabic form into its letter).
    /// Letter-like symbols (ℝ, ℓ), mathematical letters and modifier letters (superscript ª, ⁿ, subscript ₐ) are not
    /// redrawn letters: they mean something else.
    /// </summary>
    private static bool FoldsCompatibly(string codePoint, string compatible)
    {
        int value = char.ConvertToUtf32(codePoint, 0);
        if (value is >= 0xFF00 and <= 0xFFEF)
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint, 0);
        if (category is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter)
            || value is 0xAA or 0xBA
            || value is >= 0x2100 and <= 0x214F
            || value is >= 0x1D400 and <= 0x1D7FF
            || value is >= 0x1EE00 and <= 0x1EEFF)
        {
            return false;
        }

        for (int i = 0; i < compatible.Length; i += char.IsSurrogatePair(compatible, i) ? 2 : 1)
        {
            if (!WordBoundary.IsLetterOrMark(CharUnicodeInfo.GetUnicodeCategory(compatible, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Full case folding, dropped invisible characters, straight quotes and one hyphen. İ folds to i, not to i and a
    /// combining dot, so that izmir matches İzmir; a dot above on I or i is dropped for the same reason. The dotless ı
    /// is a letter of its own, as in Unicode's default folding.
    /// </summary>
    private static string FoldCase(string text)
    {
        var folded = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                string pair = text.Substring(i, 2);
                i++;
                if (!IsDropped(pair))
                {
                    folded.Append(pair.ToUpperInvariant().ToLowerInvariant());
                }

                continue;
            }

            if (IsDropped(c) || (c == CombiningDotAbove && i > 0 && text[i - 1] is 'I' or 'i'))
            {
                continue;
            }

            switch (c)
            {
                case '\u0131':
                    // Written out so that every host agrees: .NET Framework's invariant casing maps ı to I.
                    folded.Append(c);
                    break;
                case '\u0130':
                    // Only in text string.Normalize rejects: elsewhere İ is already I and a combining dot.
                    folded.Append('i');
                    break;
                case '\u00DF' or '\u1E9E':
                    folded.Append("ss");
                    break;
                default:
                    folded.Append(FoldPunctuation(char.ToLowerInvariant(char.ToUpperInvariant(c))));
                    break;
            }
        }

        return folded.ToString();
    }

    private static char FoldPunctuation(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' => '-',
        _ => c,
    };

    /// <summary>Gets whether a character is invisible and dropped: a format character (Cf) or a variation selector.</summary>
    private static bool IsDropped(char c) =>
        c is >= '\uFE00' and <= '\uFE0F' || (c >= 0xAD && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static bool IsDropped(string pair)
    {
        int value = char.ConvertToUtf32(pair, 0);
        return value is >= 0xE0100 and <= 0xE01EF || CharUnicodeInfo.GetUnicodeCategory(pair, 0) == UnicodeCategory.Format;
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
