using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Parses <c>.check</c> files. The grammar parses one entry at a time; this driver reports a syntax error at the
/// offending character, drops the entry it broke, and resumes at the next <c>claim:</c> or <c>document:</c>,
/// so one typo does not hide the rest of the file.
/// </summary>
public static class CheckParser
{
    /// <summary>Parses the text of one <c>.check</c> file.</summary>
    /// <param name="path">The file's path, carried into the tree and diagnostics.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The entries that parsed and a diagnostic per syntax error.</returns>
    public static ParseResult Parse(string path, string text)
    {
        var session = new ParseSession(text);
        var entries = new List<EntrySyntax>();
        var diagnostics = new List<CheckDiagnostic>();
        CheckInput input = CheckInput.Start(session);
        bool afterEntry = false;

        while (!CheckGrammar.End(input).WasSuccessful)
        {
            session.ClearLexicalError();
            IResult<EntrySyntax> result = CheckGrammar.Entry(input);
            if (result.WasSuccessful)
            {
                entries.Add(result.Value);
                input = (CheckInput)result.Remainder;
                afterEntry = true;
                continue;
            }

            var failedAt = (CheckInput)result.Remainder;
            bool consumed = failedAt.Position != input.Position;
            if (!consumed && afterEntry)
            {
                // The previous entry's field list stopped at text that is neither a field nor a new entry: that entry is broken.
                entries.RemoveAt(entries.Count - 1);
            }

            IEnumerable<string> expectations = consumed || !afterEntry
                ? result.Expectations
                : [CheckGrammar.FieldExpectation, CheckGrammar.EntryExpectation];
            TextPosition tokenAt = failedAt.AdvanceTo(Lexer.SkipTrivia(text, failedAt.Position)).TextPosition;
            bool lexical = session.LexicalErrorOffset >= tokenAt.Offset;
            string message = Describe(session, tokenAt, lexical, expectations);
            TextPosition errorAt = lexical ? failedAt.AdvanceTo(session.LexicalErrorOffset).TextPosition : tokenAt;
            diagnostics.Add(DiagnosticCatalog.SyntaxError.At(path, TextRange.At(errorAt), message));
            input = CheckInput.At(session, errorAt).AdvanceTo(NextEntryStart(text, ResumeOffset(text, tokenAt.Offset, lexical)));
            afterEntry = false;
        }

        return new ParseResult(new CheckFileSyntax(path, entries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    /// <summary>Where to look for the next entry: past the broken string (or, if it never closes, its line), else past the offending character.</summary>
    private static int ResumeOffset(string text, int tokenOffset, bool lexical)
    {
        if (!lexical)
        {
            return tokenOffset + 1;
        }

        int stringEnd = Lexer.SkipString(text, tokenOffset);
        return stringEnd >= 0 ? stringEnd : Lexer.NextLine(text, tokenOffset);
    }

    private static string Describe(ParseSession session, TextPosition at, bool lexical, IEnumerable<string> expectations)
    {
        if (lexical)
        {
            return session.LexicalErrorMessage!;
        }

        string text = session.Text;
        string expected = string.Join(" or ", expectations.Distinct());
        if (at.Offset >= text.Length)
        {
            return $"The file ends too early: expected {expected}.";
        }

        char c = text[at.Offset];
        if (Lexer.IsWordStart(c))
        {
            int end = Lexer.ScanWord(text, at.Offset);
            string word = text.Substring(at.Offset, end - at.Offset);
            bool isName = end < text.Length && text[end] == ':';
            return isName
                ? $"Unexpected field '{word}:' here: expected {expected}."
                : $"Unexpected word '{word}': expected {expected}. A field is written name: value, with the colon right after the name.";
        }

        return $"Unexpected {Quote(c)}: expected {expected}.";
    }

    private static string Quote(char c) => c switch
    {
        ':' => "':' (a field name goes right before its colon, with no space)",
        _ when char.IsControl(c) || char.IsSurrogate(c) => $"character U+{(int)c:X4}",
        _ => $"character '{c}'",
    };

    /// <summary>Finds the next <c>claim:</c> or <c>document:</c> that starts a token, skipping strings and comments.</summary>
    private static int NextEntryStart(string text, int from)
    {
        int i = from;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                {
                    i++;
                }
            }
            else if (c is '\'' or '"')
            {
                int end = Lexer.ScanString(text, i, null, out _, out _);
                i = end < 0 ? i + 1 : end;
            }
            else if (Lexer.IsWordStart(c))
            {
                int end = Lexer.ScanWord(text, i);
                bool atTokenStart = i == 0 || !Lexer.IsWordPart(text[i - 1]);
                if (atTokenStart && end < text.Length && text[end] == ':'
                    && CheckGrammar.IsEntryKeyword(text.Substring(i, end - i)))
                {
                    return i;
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }
}
