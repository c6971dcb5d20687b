using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCheck.Language.Matching;

/// <summary>
/// A text in the form quotes are compared in (<see cref="QuoteFolding"/>: canonical decomposition, ligatures and width
/// variants decomposed, full case folding, straight quotes, one hyphen, invisible format characters dropped) with every
/// run of white space as one space. A source's normalised text keeps, for every normalised character, the offset of the
/// original character it came from, so a match maps back to the original.
/// </summary>
internal sealed class NormalizedText
{
    private readonly string _original;
    private readonly int[]? _originalOffsets;

    private NormalizedText(string original, string value, int[]? originalOffsets)
    {
        _original = original;
        Value = value;
        _originalOffsets = originalOffsets;
    }

    /// <summary>Gets the normalised text.</summary>
    public string Value { get; }

    /// <summary>Normalises a source document's text, keeping the map back to it.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalised text with its offset map.</returns>
    public static NormalizedText OfSource(string text) => Normalize(text, keepMap: true);

    /// <summary>Normalises a quote; leading and trailing white space is dropped.</summary>
    /// <param name="text">The quote as written.</param>
    /// <returns>The normalised quote.</returns>
    public static string OfQuote(string text) => Normalize(text, keepMap: false).Value.Trim(' ');

    /// <summary>Gets whether a text normalises to nothing: it holds only white space and invisible characters.</summary>
    /// <param name="text">The text as written.</param>
    /// <returns><see langword="true"/> when its normalised form is empty.</returns>
    public static bool IsBlank(string text)
    {
        // Normalising keeps a visible ASCII character that no combining mark follows as it is, and nearly every text
        // has one: it then need not be normalised at all (a build checks tens of thousands of names and notes).
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is > ' ' and < '\u007F' && (i + 1 == text.Length || text[i + 1] < 0x300))
            {
                return false;
            }
        }

        return OfQuote(text).Length == 0;
    }

    /// <summary>Maps a range of the normalised text back to the original text.</summary>
    /// <param name="start">The start in the normalised text.</param>
    /// <param name="length">The length in the normalised text, at least 1.</param>
    /// <returns>The start and length in the original text: whole characters, from the first one the range touches to the last.</returns>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        int[] map = _originalOffsets ?? throw new InvalidOperationException("Only a source's normalised text maps back to the original.");
        int originalStart = map[start];
        return (originalStart, CharacterEnd(_original, map[start + length - 1]) - originalStart);
    }

    /// <summary>
    /// Finds the first occurrence of a normalised quote that stands on whole words and whole characters of the source:
    /// it starts and ends where an original character starts and ends (never inside what one character folded into),
    /// and no letter, number or combining mark continues a word across either end.
    /// </summary>
    /// <param name="needle">The normalised quote, not empty.</param>
    /// <returns>Its start in the normalised text, or -1.</returns>
    internal int IndexOfWhole(string needle)
    {
        string haystack = Value;
        int at = haystack.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0 || IsWhole(at, needle.Length))
        {
            return at;
        }

        // The first occurrence was inside a word: the later ones are found by Knuth-Morris-Pratt, so that a source full
        // of such near misses (a needle of "aa" in a source of "aaaa...") still costs time linear in its length.
        int[] fallback = LongestBorders(needle);
        int matched = 0;
        for (int i = at + 1; i < haystack.Length; i++)
        {
            while (matched > 0 && haystack[i] != needle[matched])
            {
                matched = fallback[matched - 1];
            }

            if (haystack[i] == needle[matched])
            {
                matched++;
            }

            if (matched == needle.Length)
            {
                int start = i - matched + 1;
                if (IsWhole(start, matched))
                {
                    return start;
                }

                matched = fallback[matched - 1];
            }
        }

        return -1;
    }

    /// <summary>
    /// Gets whether <see cref="string.Normalize()"/> accepts a text: it rejects a lone surrogate and the noncharacter
    /// U+FFFE, which are left as they are.
    /// </summary>
    internal static bool IsNormalizable(string segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '\uFFFE')
            {
                return false;
            }

            if (char.IsHighSurrogate(segment[i]))
            {
                if (i + 1 >= segment.Length || !char.IsLowSurrogate(segment[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(segment[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsWhole(int start, int length)
    {
        int[] map = _originalOffsets!;
        int end = start + length;
        return (start == 0 || map[start - 1] != map[start])
            && map[end] != map[end - 1]
            && !WordBoundary.IsInsideWord(Value, start)
            && !WordBoundary.IsInsideWord(Value, end);
    }

    /// <summary>For each prefix of the needle, the length of its longest proper prefix that is also its suffix.</summary>
    private static int[] LongestBorders(string needle)
    {
        int[] borders = new int[needle.Length];
        int border = 0;
        for (int i = 1; i < needle.Length; i++)
        {
            while (border > 0 && needle[i] != needle[border])
            {
                border = borders[border - 1];
            }

            if (needle[i] == needle[border])
            {
                border++;
            }

            borders[i] = border;
        }

        return borders;
    }

    private static NormalizedText Normalize(string text, bool keepMap)
    {
        var builder = new StringBuilder(text.Length);
        int[]? map = keepMap ? new int[text.Length + 1] : null;
        var cache = new Dictionary<char, string>();
        bool inSpace = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int before = builder.Length;
            int end;
            if (char.IsWhiteSpace(c))
            {
                end = i + 1;
                if (!inSpace)
                {
                    builder.Append(' ');
                    inSpace = true;
                }
            }
            else if (c < 0x80 && (i + 1 == text.Length || text[i + 1] < 0x300))
            {
                // Most of a source: an ASCII character that no combining mark follows.
                end = i + 1;
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
                inSpace = false;
            }
            else
            {
                end = CharacterEnd(text, i);
                QuoteFolding.AppendCharacter(builder, text, i, end, cache);

                // A dropped invisible character between two spaces leaves them one run.
                inSpace &= builder.Length == before;
            }

            if (map is not null)
            {
                if (builder.Length + 1 > map.Length)
                {
                    // Folding can make one character several (ß into ss, ﬁ into fi, é into e and its accent); grow only then.
                    Array.Resize(ref map, Math.Max(map.Length * 2, builder.Length + 1));
                }

                for (int written = before; written < builder.Length; written++)
                {
                    map[written] = i;
                }
            }

            i = end;
        }

        if (map is not null)
        {
            map[builder.Length] = text.Length;
        }

        return new NormalizedText(text, builder.ToString(), map);
    }

    /// <summary>
    /// The end of the character at <paramref name="start"/>: one white space character, or a base character (both
    /// halves of a surrogate pair) with the combining marks that follow it, so that they are folded, and matched, as one.
    /// </summary>
    private static int CharacterEnd(string text, int start)
    {
        if (char.IsWhiteSpace(text[start]))
        {
            // White space takes no combining marks: a mark after a line break stays, as it does at the start of a quote.
            return start + 1;
        }

        int end = start + (char.IsSurrogatePair(text, start) ? 2 : 1);
        while (end < text.Length && IsCombining(text, end))
        {
            end += char.IsSurrogatePair(text, end) ? 2 : 1;
        }

        return end;
    }

    private static bool IsCombining(string text, int index) =>
        text[index] >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
