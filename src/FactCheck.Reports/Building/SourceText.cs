using System;
using System.Collections.Generic;

namespace FactCheck.Reports.Building;

/// <summary>A source document's text cut into paragraphs, which both the annotated source and the passages' context are made of.</summary>
internal sealed class SourceText
{
    // A whole paragraph is context enough up to this length; past it, the passage's sentences are shown instead.
    private const int MaxParagraphContext = 600;

    // How far a sentence may run on either side of a passage before it is clipped at a word.
    private const int MaxSentenceContext = 240;

    private readonly OffsetRange[] _paragraphs;

    public SourceText(SourceDocument document)
    {
        Document = document;
        _paragraphs = FindParagraphs(document.Text);
    }

    public SourceDocument Document { get; }

    public string Text => Document.Text;

    /// <summary>Gets the paragraphs: runs of lines that are not blank, without the line break that ends the last one.</summary>
    public IReadOnlyList<OffsetRange> Paragraphs => _paragraphs;

    /// <summary>Checks that a passage lies within the text, so that nothing later has to.</summary>
    public OffsetRange Locate(SourcePassage passage, string owner)
    {
        int start = passage.Start.Offset;
        if (start < 0 || passage.Length < 0 || start > Text.Length - passage.Length)
        {
            throw new ArgumentException(
                $"{owner} quotes characters {start} to {start + passage.Length} of source '{Document.Id}', which has {Text.Length}.");
        }

        return new OffsetRange(start, start + passage.Length);
    }

    /// <summary>
    /// Finds the context of a passage: its paragraph, or, in a long paragraph, its sentences clipped at a word.
    /// The context always holds the whole passage.
    /// </summary>
    public PassageContext ContextOf(OffsetRange passage)
    {
        int paragraphStart = Math.Min(ParagraphAt(passage.Start).Start, passage.Start);
        int paragraphEnd = Math.Max(ParagraphAt(Math.Max(passage.End - 1, passage.Start)).End, passage.End);
        int start = paragraphStart;
        int end = paragraphEnd;
        if (end - start > MaxParagraphContext)
        {
            start = SentenceStart(passage.Start, paragraphStart);
            end = SentenceEnd(passage, paragraphEnd);
            if (passage.Start - start > MaxSentenceContext)
            {
                start = WordStartAfter(passage.Start - MaxSentenceContext, passage.Start);
            }

            if (end - passage.End > MaxSentenceContext)
            {
                end = WordEndBefore(passage.End + MaxSentenceContext, passage.End);
            }
        }

        return new PassageContext(
            ClippedBefore: start > paragraphStart,
            Before: Text[start..passage.Start].TrimStart(),
            After: Text[passage.End..end].TrimEnd(),
            ClippedAfter: end < paragraphEnd);
    }

    /// <summary>Gets the index of the paragraph that holds an offset (one in the blank lines after a paragraph belongs to it), or -1 before the first.</summary>
    public int ParagraphIndexAt(int offset)
    {
        int low = 0;
        int high = _paragraphs.Length - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (_paragraphs[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private OffsetRange ParagraphAt(int offset)
    {
        int found = ParagraphIndexAt(offset);
        return found < 0 ? new OffsetRange(offset, offset) : _paragraphs[found];
    }

    private int SentenceStart(int passageStart, int limit)
    {
        for (int i = passageStart - 1; i > limit; i--)
        {
            if (Text[i] == '\n' || (char.IsWhiteSpace(Text[i]) && EndsSentence(i)))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private int SentenceEnd(OffsetRange passage, int limit)
    {
        // Starting on the passage's last character lets a passage that ends a sentence end its context too.
        for (int i = Math.Max(passage.End - 1, passage.Start); i < limit; i++)
        {
            if (Text[i] == '\n')
            {
                return Math.Max(i, passage.End);
            }

            if (IsSentencePunctuation(Text[i]))
            {
                int next = i + 1;
                while (next < limit && IsClosingQuote(Text[next]))
                {
                    next++;
                }

                if (next >= passage.End && (next == limit || char.IsWhiteSpace(Text[next])))
                {
                    return next;
                }
            }
        }

        return limit;
    }

    // Whether the characters just before the white space at <paramref name="whiteSpace"/> end a sentence.
    private bool EndsSentence(int whiteSpace)
    {
        int i = whiteSpace - 1;
        while (i >= 0 && IsClosingQuote(Text[i]))
        {
            i--;
        }

        return i >= 0 && IsSentencePunctuation(Text[i]) && !IsListNumber(i);
    }

    // Whether the full stop at <paramref name="stop"/> numbers a list item ("1. Push for ..."), which starts a sentence rather than ending one.
    private bool IsListNumber(int stop)
    {
        int i = stop - 1;
        while (i >= 0 && char.IsAsciiDigit(Text[i]))
        {
            i--;
        }

        while (i >= 0 && Text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < stop - 1 && (i < 0 || Text[i] == '\n') && char.IsAsciiDigit(Text[stop - 1]);
    }

    private int WordStartAfter(int from, int limit)
    {
        for (int i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(Text[i]))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private int WordEndBefore(int from, int limit)
    {
        for (int i = from; i > limit; i--)
        {
            if (char.IsWhiteSpace(Text[i]))
            {
                return i;
            }
        }

        return limit;
    }

    private static bool IsSentencePunctuation(char c) => c is '.' or '!' or '?';

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or ')' or '\u2019' or '\u201D';

    private static OffsetRange[] FindParagraphs(string text)
    {
        var paragraphs = new List<OffsetRange>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (text.AsSpan(lineStart, contentEnd - lineStart).IsWhiteSpace())
            {
                if (paragraphStart >= 0)
                {
                    paragraphs.Add(new OffsetRange(paragraphStart, paragraphEnd));
                    paragraphStart = -1;
                }
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = contentEnd;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (paragraphStart >= 0)
        {
            paragraphs.Add(new OffsetRange(paragraphStart, paragraphEnd));
        }

        return [.. paragraphs];
    }
}
