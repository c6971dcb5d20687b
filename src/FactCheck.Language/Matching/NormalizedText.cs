using System;
using System.Globalization;
using System.Text;

namespace FactCheck.Language.Matching;

/// <summary>
/// A text in the form quotes are compared in: Unicode NFKC, lower case, every run of white space as one space,
/// curly quotes as straight ones, en and em dashes as hyphens. Keeps, for every normalised character, the offset
/// in the original text it came from, so a match maps back to the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _originalOffsets;

    private NormalizedText(string value, int[]? originalOffsets)
    {
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

    /// <summary>Maps a range of the normalised text back to the original text.</summary>
    /// <param name="start">The start in the normalised text.</param>
    /// <param name="length">The length in the normalised text, at least 1.</param>
    /// <returns>The start and length in the original text.</returns>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        int[] map = _originalOffsets ?? throw new InvalidOperationException("Only a source's normalised text maps back to the original.");
        int originalStart = map[start];
        int last = map[start + length - 1];
        int end = start + length;

        // A character NFKC expanded into several (a ligature into its letters) maps each of them to its own offset:
        // a range that ends inside the expansion still takes the whole original character.
        while (map[end] == last)
        {
            end++;
        }

        return (originalStart, map[end] - originalStart);
    }

    private static NormalizedText Normalize(string text, bool keepMap)
    {
        var builder = new StringBuilder(text.Length);
        int[]? map = keepMap ? new int[text.Length + 1] : null;
        int written = 0;
        bool inSpace = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];

            // White space takes no combining marks: a mark after a line break stays, as it does at the start of a quote.
            int segmentEnd = char.IsWhiteSpace(c) ? i + 1 : SegmentEnd(text, i);
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    Append(builder, ref map, ref written, ' ', i);
                    inSpace = true;
                }
            }
            else
            {
                inSpace = false;
                if (c < 0x80 && segmentEnd == i + 1)
                {
                    Append(builder, ref map, ref written, c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i);
                }
                else
                {
                    string segment = text.Substring(i, segmentEnd - i);
                    string normalized = IsNormalizable(segment) ? segment.Normalize(NormalizationForm.FormKC) : segment;
                    foreach (char n in normalized)
                    {
                        Append(builder, ref map, ref written, Fold(n), i);
                    }
                }
            }

            i = segmentEnd;
        }

        if (map is not null)
        {
            if (written + 1 > map.Length)
            {
                Array.Resize(ref map, written + 1);
            }

            map[written] = text.Length;
        }

        return new NormalizedText(builder.ToString(), map);
    }

    private static void Append(StringBuilder builder, ref int[]? map, ref int written, char c, int originalOffset)
    {
        builder.Append(c);
        if (map is not null)
        {
            // NFKC can expand one character into several (a ligature into its letters); grow only then.
            if (written + 1 >= map.Length)
            {
                Array.Resize(ref map, Math.Max(map.Length * 2, written + 2));
            }

            map[written] = originalOffset;
        }

        written++;
    }

    /// <summary>A base character with the combining marks that follow it, so that NFKC can compose them.</summary>
    private static int SegmentEnd(string text, int start)
    {
        int end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);
        while (end < text.Length && IsCombining(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsCombining(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

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

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };
}
