using System;
using System.Globalization;

namespace FactCheck.Language.Sources;

/// <summary>
/// Reads the author from the byline a document opens with: <c>by Duns Scotus</c> or <c>Author:Petti, Matthew</c>. Only a
/// line that is a byline counts: a short name and nothing more, with the document's text after it. A first line such as
/// "By the time the drones struck, the convoy had left." is text, not a byline, and the document then has no default author.
/// </summary>
internal static class Byline
{
    /// <summary>The most words a name may have ("Abu Bakr al-Baghdadi" has three, "J. R. R. Tolkien" four).</summary>
    public const int MaxNameWords = 6;

    /// <summary>The most characters a name may have.</summary>
    public const int MaxNameLength = 60;

    // Lower-case words that stand inside names of cased scripts, as in "Ludwig van Beethoven" or "Abu Bakr al-Baghdadi",
    // and "and" between two authors' names.
    private static readonly string[] s_particles = ["al", "and", "bin", "ibn", "da", "de", "del", "der", "di", "du", "la", "le", "ten", "ter", "van", "von", "y"];

    // Words that start a sentence or a headline, never a name: "By The Time...", "By Monday, Iran Had Responded".
    private static readonly string[] s_sentenceWords =
    [
        "a", "after", "an", "and", "are", "as", "at", "before", "but", "by", "for", "from", "had", "has", "have", "in", "is",
        "it", "its", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "not", "now", "of", "on",
        "or", "over", "since", "that", "the", "their", "then", "this", "to", "under", "until", "was", "were", "when", "which",
        "while", "who", "will", "with",
    ];

    /// <summary>Gets the author named by the first non-blank line, when that line is a byline.</summary>
    /// <param name="text">A document's text.</param>
    /// <returns>The author, with "Last, First" turned into "First Last"; or <see langword="null"/>.</returns>
    public static string? AuthorOf(string text)
    {
        (string line, int lineEnd) = FirstLine(text);
        string? name = null;
        if (line.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            name = line.Substring(3);
        }
        else if (line.StartsWith("author:", StringComparison.OrdinalIgnoreCase))
        {
            name = line.Substring(7);
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || string.IsNullOrWhiteSpace(text.Substring(lineEnd)))
        {
            return null;
        }

        string[] parts = name!.Split(',');
        if (parts.Length > 2)
        {
            return null;
        }

        string ordered = parts.Length == 1 ? name : Reordered(parts[0].Trim(), parts[1].Trim());
        return IsName(ordered) ? ordered : null;
    }

    /// <summary>
    /// Reads a name around one comma: "Petti, Matthew" (a surname, then given names) as "Matthew Petti"; "Jane Roe,
    /// Reuters" (a name, then where the author works) as "Jane Roe".
    /// </summary>
    private static string Reordered(string before, string after) =>
        before.IndexOf(' ') < 0 ? $"{after} {before}".Trim() : before;

    /// <summary>Gets whether a text reads as a person's or an organisation's name: a few words of letters, each capitalised in a cased script.</summary>
    private static bool IsName(string name)
    {
        if (name.Length > MaxNameLength)
        {
            return false;
        }

        string[] words = name.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (!IsNameWord(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(string word)
    {
        int letters = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLetter(c) || char.IsSurrogate(c) || (letters > 0 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                letters++;
            }
            else if (c is '\'' or '\u2019' or '-')
            {
                if (letters == 0 || i == word.Length - 1)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                // Only an initial or an abbreviation ends in a full stop: "J.", "Jr.", "St.".
                if (i != word.Length - 1 || letters is 0 or > 2)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return letters > 0
            && (!char.IsLower(word[0]) || Array.IndexOf(s_particles, Lowered(word)) >= 0)
            && (char.IsLower(word[0]) || Array.IndexOf(s_sentenceWords, word.ToLowerInvariant()) < 0);
    }

    /// <summary>A particle as written before a hyphen: "al" of "al-Baghdadi".</summary>
    private static string Lowered(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 ? word.Substring(0, hyphen) : word;
    }

    private static (string Line, int End) FirstLine(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return (text.Substring(start, end - start), end);
    }
}
