using System.Collections.Generic;
using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;

namespace FactCheck.Cli.Lsp;

/// <summary>
/// What is being typed at the cursor, read from the text of the entry before it with the language's own lexer
/// primitives. Completion cannot take this from the syntax tree: the text being typed (an unclosed string, a field
/// with no value yet) is exactly what does not parse.
/// </summary>
/// <param name="EntryKeyword">The keyword of the entry the cursor is in: <c>claim</c>, <c>document</c>, <c>scale</c>, <c>verdict</c>, or <see langword="null"/> before any entry.</param>
/// <param name="Field">The field the cursor is in the value of: the last <c>name:</c> before it (the entry keyword on its head).</param>
/// <param name="Values">The words and strings of that field before the cursor.</param>
/// <param name="ClaimSource">The claim's <c>source:</c> value, when written before the cursor.</param>
/// <param name="StringStart">The offset of the opening quote of an unclosed string at the cursor, or -1.</param>
/// <param name="WordStart">The offset where the word at the cursor starts (the cursor itself when none).</param>
/// <param name="LineStartsWord">Whether only white space stands between the start of the line and the word at the cursor.</param>
internal sealed record TypingContext(string? EntryKeyword, string? Field, IReadOnlyList<string> Values, string? ClaimSource, int StringStart, int WordStart, bool LineStartsWord)
{
    /// <summary>Reads the context at an offset.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="offset">The cursor.</param>
    /// <returns>The context.</returns>
    public static TypingContext At(string text, int offset)
    {
        int entryStart = EntryStart(text, offset);
        string? entryKeyword = null;
        string? field = null;
        var values = new List<string>();
        string? claimSource = null;
        string? pendingSourceField = null;
        int i = entryStart;
        while (true)
        {
            i = Lexer.SkipTrivia(text, i);
            if (i >= offset)
            {
                break;
            }

            char c = text[i];
            if (c is '\'' or '"')
            {
                int end = Lexer.SkipString(text, i);
                if (end < 0 || end > offset)
                {
                    return new TypingContext(entryKeyword, field, values, claimSource, i, offset, false);
                }

                values.Add(text.Substring(i + 1, end - i - 2));
                i = end;
            }
            else if (Lexer.IsWordStart(c))
            {
                int end = Lexer.ScanWord(text, i);
                if (end >= offset)
                {
                    return Word(text, entryKeyword, field, values, claimSource, i);
                }

                string word = text.Substring(i, end - i);
                if (end < text.Length && text[end] == ':')
                {
                    entryKeyword ??= word;
                    field = word;
                    values = [];
                    pendingSourceField = word;
                    i = end + 1;
                }
                else
                {
                    if (pendingSourceField == "source" && entryKeyword == "claim")
                    {
                        claimSource = word;
                    }

                    pendingSourceField = null;
                    values.Add(word);
                    i = end;
                }
            }
            else
            {
                i++;
            }
        }

        return Word(text, entryKeyword, field, values, claimSource, offset);
    }

    private static TypingContext Word(string text, string? entryKeyword, string? field, List<string> values, string? claimSource, int wordStart)
    {
        int lineStart = wordStart;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        bool lineStartsWord = text.Substring(lineStart, wordStart - lineStart).Trim().Length == 0;
        return new TypingContext(entryKeyword, field, values, claimSource, -1, wordStart, lineStartsWord);
    }

    private static bool StartsEntry(string text, int lineStart)
    {
        int end = Lexer.IsWordStart(text[lineStart]) ? Lexer.ScanWord(text, lineStart) : lineStart;
        return end < text.Length && text[end] == ':' && EntryKinds.IsKeyword(text.Substring(lineStart, end - lineStart));
    }

    /// <summary>Finds the start of the line of the last entry keyword before the offset: a line starting with <c>claim:</c>, <c>document:</c>, <c>scale:</c> or <c>verdict:</c>.</summary>
    private static int EntryStart(string text, int offset)
    {
        int lineStart = offset;
        while (true)
        {
            while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
            {
                lineStart--;
            }

            if (lineStart == 0 || StartsEntry(text, lineStart))
            {
                return lineStart;
            }

            lineStart--;
        }
    }
}
