using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Text;

namespace FactCheck.Language.Matching;

/// <summary>
/// A source document prepared for quote search: normalised once, then searched by every quote in linear time.
/// </summary>
internal sealed class SourceIndex
{
    private const int MaxSuggestionLength = 160;
    private const int MaxTiedWindows = 64;

    private readonly string _text;
    private readonly NormalizedText _normalized;
    private readonly LineIndex _lines;

    /// <summary>Initializes a new instance of the <see cref="SourceIndex"/> class.</summary>
    /// <param name="text">The source document's text.</param>
    public SourceIndex(string text)
    {
        _text = text;
        _normalized = NormalizedText.OfSource(text);
        _lines = LineIndex.Of(text);
    }

    /// <summary>
    /// Finds the first place the quote occurs, after normalising both sides, on whole words and whole characters of the
    /// source: a match never starts or ends inside a word or inside what one character folded into.
    /// </summary>
    /// <param name="quote">The quote as written.</param>
    /// <returns>Where it stands in the original text, or <see langword="null"/> when it does not occur (or is empty).</returns>
    public PassageMatch? Find(string quote)
    {
        string needle = NormalizedText.OfQuote(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        int at = _normalized.IndexOfWhole(needle);
        return at < 0 ? null : ToMatch(at, needle.Length);
    }

    /// <summary>
    /// Finds the passage of the source closest to a quote that does not occur: of the windows of as many words as the
    /// quote that share most of its words, the one fewest character edits away. Linear in the source's length.
    /// </summary>
    /// <param name="quote">The quote as written.</param>
    /// <returns>The closest passage and where it starts, or <see langword="null"/> when no window shares at least half the quote's words.</returns>
    public (string Passage, PassageMatch Match)? Closest(string quote)
    {
        string needle = NormalizedText.OfQuote(quote);
        List<(int Start, int End)> quoteWords = Words(needle);
        if (quoteWords.Count == 0)
        {
            return null;
        }

        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((int start, int end) in quoteWords)
        {
            string word = needle.Substring(start, end - start);
            wanted[word] = wanted.TryGetValue(word, out int count) ? count + 1 : 1;
        }

        string haystack = _normalized.Value;
        List<(int Start, int End)> sourceWords = Words(haystack);
        int window = Math.Min(quoteWords.Count, sourceWords.Count);
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        int score = 0;
        int bestScore = -1;
        var bestFirsts = new List<int>();
        for (int i = 0; i < sourceWords.Count; i++)
        {
            score += Enter(haystack, sourceWords[i], wanted, inWindow, +1);
            if (i >= window)
            {
                score += Enter(haystack, sourceWords[i - window], wanted, inWindow, -1);
            }

            if (i >= window - 1 && score >= bestScore)
            {
                if (score > bestScore)
                {
                    bestScore = score;
                    bestFirsts.Clear();
                }

                if (bestFirsts.Count < MaxTiedWindows)
                {
                    bestFirsts.Add(i - window + 1);
                }
            }
        }

        if (bestScore * 2 < quoteWords.Count || window == 0)
        {
            return null;
        }

        int bestFirst = bestFirsts
            .OrderBy(first => Binding.Suggestions.EditDistance(needle, WindowText(haystack, sourceWords, first, window)))
            .First();
        int normalizedStart = sourceWords[bestFirst].Start;
        int normalizedEnd = sourceWords[bestFirst + window - 1].End;
        PassageMatch match = ToMatch(normalizedStart, normalizedEnd - normalizedStart);
        string passage = _text.Substring(match.Offset, match.Length);
        if (passage.Length > MaxSuggestionLength)
        {
            passage = passage.Substring(0, MaxSuggestionLength) + "...";
        }

        return (passage, match);
    }

    /// <summary>
    /// Finds the passages that continue a quote being typed: every place the typed words occur from the start of a word,
    /// compared as <see cref="Find"/> compares them, each taken to the end of its sentence. With nothing typed, the
    /// document's first sentences.
    /// </summary>
    /// <param name="typed">The quote typed so far.</param>
    /// <param name="maxCount">How many passages to return at most.</param>
    /// <returns>The passages in the source's original text, in document order, each with where it starts.</returns>
    public IReadOnlyList<(string Passage, PassageMatch Match)> Continuations(string typed, int maxCount)
    {
        string needle = NormalizedText.OfQuote(typed);
        string haystack = _normalized.Value;
        var found = new List<(string Passage, PassageMatch Match)>();
        int from = 0;
        while (found.Count < maxCount && from < haystack.Length)
        {
            int at = needle.Length == 0 ? SentenceStart(haystack, from) : haystack.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0 || at >= haystack.Length)
            {
                break;
            }

            if (!WordBoundary.IsInsideWord(haystack, at))
            {
                int end = SentenceEnd(haystack, at + needle.Length);
                PassageMatch match = ToMatch(at, end - at);
                found.Add((_text.Substring(match.Offset, match.Length), match));
                from = needle.Length == 0 ? end : at + 1;
            }
            else
            {
                from = at + 1;
            }
        }

        return found;
    }

    private static int SentenceStart(string text, int from)
    {
        int i = from;
        while (i < text.Length && !WordBoundary.IsWordCharacter(text, i))
        {
            i++;
        }

        return i;
    }

    private static int SentenceEnd(string text, int from)
    {
        int i = Math.Min(from, text.Length);
        while (i < text.Length && !(text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')))
        {
            i++;
        }

        return Math.Min(i + 1, text.Length);
    }

    private static string WindowText(string haystack, List<(int Start, int End)> words, int first, int count) =>
        haystack.Substring(words[first].Start, words[first + count - 1].End - words[first].Start);

    private static int Enter(string text, (int Start, int End) word, Dictionary<string, int> wanted, Dictionary<string, int> inWindow, int delta)
    {
        string key = text.Substring(word.Start, word.End - word.Start);
        if (!wanted.TryGetValue(key, out int cap))
        {
            return 0;
        }

        inWindow.TryGetValue(key, out int before);
        int after = before + delta;
        inWindow[key] = after;
        return Math.Min(after, cap) - Math.Min(before, cap);
    }

    private static List<(int Start, int End)> Words(string normalized)
    {
        var words = new List<(int Start, int End)>();
        int i = 0;
        while (i < normalized.Length)
        {
            while (i < normalized.Length && !WordBoundary.IsWordCharacter(normalized, i))
            {
                i += char.IsSurrogatePair(normalized, i) ? 2 : 1;
            }

            int start = i;
            while (i < normalized.Length && WordBoundary.IsWordCharacter(normalized, i))
            {
                i += char.IsSurrogatePair(normalized, i) ? 2 : 1;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    private PassageMatch ToMatch(int normalizedStart, int normalizedLength)
    {
        (int start, int length) = _normalized.ToOriginal(normalizedStart, normalizedLength);
        TextPosition position = _lines.PositionOf(start);
        return new PassageMatch(start, position.Line, position.Column, length);
    }
}
