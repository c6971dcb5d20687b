using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;
using Sprache;
using static System.FormattableString;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Parses <c>.check</c> files. The grammar parses one entry at a time; this driver reports a syntax error at the
/// offending character, drops the entry it broke, and resumes at the next <c>claim:</c> or <c>document:</c>,
/// so one typo does not hide the rest of the file.
/// </summary>
internal static class CheckParser
{
    /// <summary>Parses the text of one <c>.check</c> file.</summary>
    /// <param name="path">The file's path, carried into the tree and diagnostics.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The entries that parsed and a diagnostic per syntax error.</returns>
    public static ParseResult Parse(string path, string text)
    {
        if (text.Length > InputLimits.MaxCheckFileLength)
        {
            CheckDiagnostic tooLarge = DiagnosticCatalog.InputTooLarge.At(
                path,
                TextRange.At(new TextPosition(0, 1, 1)),
                Invariant($"This .check file has {text.Length:N0} characters, over the limit of {InputLimits.MaxCheckFileLength:N0} for one file, so it is not read: split it into several .check files."));
            return new ParseResult(new CheckFileSyntax(path, new List<EntrySyntax>().ToEquatableArray()), new[] { tooLarge }.ToEquatableArray());
        }

        var entries = new List<EntrySyntax>();
        var diagnostics = new List<CheckDiagnostic>();
        CheckInput input = CheckInput.Start(text);
        while (true)
        {
            IResult<EntrySyntax?> result = CheckGrammar.EntryOrEnd(input);
            if (result.WasSuccessful)
            {
                if (result.Value is null)
                {
                    break;
                }

                entries.Add(result.Value);
                input = (CheckInput)result.Remainder;
                continue;
            }

            var failedAt = (CheckInput)result.Remainder;
            bool consumed = failedAt.Position != input.Position;
            TextPosition tokenAt = failedAt.AdvanceTo(Lexer.SkipTrivia(text, failedAt.Position)).TextPosition;

            // The token parsers fail on a broken string like on any other token, so scan the offending token again:
            // a string that does not close, or holds an unknown escape, is the precise cause.
            bool lexical = IsBrokenString(text, tokenAt.Offset, out int lexicalOffset, out string? lexicalMessage);
            string message = lexical ? lexicalMessage! : Describe(text, tokenAt, result.Expectations);
            TextPosition errorAt = lexical ? failedAt.AdvanceTo(lexicalOffset).TextPosition : tokenAt;
            diagnostics.Add(DiagnosticCatalog.SyntaxError.At(path, TextRange.At(errorAt), message));

            // The resume offset is at or after the offending token, but may come before a lexical error further on in a string.
            input = failedAt.MoveTo(tokenAt).AdvanceTo(NextEntryStart(text, ResumeOffset(text, tokenAt.Offset, consumed && !lexical)));
        }

        return new ParseResult(new CheckFileSyntax(path, entries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Where to look for the next entry. When the failed entry got past its start, at the offending token itself, which may
    /// be the next entry's keyword (an entry cut short); else past the offending token: past a string (or, if it never
    /// closes, its line), past any other character.
    /// </summary>
    private static int ResumeOffset(string text, int tokenOffset, bool madeProgress)
    {
        if (madeProgress)
        {
            return tokenOffset;
        }

        if (!IsQuote(text, tokenOffset))
        {
            return tokenOffset + 1;
        }

        int stringEnd = Lexer.SkipString(text, tokenOffset);
        return stringEnd >= 0 ? stringEnd : Lexer.NextLine(text, tokenOffset);
    }

    private static bool IsQuote(string text, int offset) => offset < text.Length && text[offset] is '\'' or '"';

    /// <summary>Gets whether a string starts at <paramref name="offset"/> that never closes or holds an unknown escape, and where and why.</summary>
    private static bool IsBrokenString(string text, int offset, out int errorOffset, out string? error)
    {
        errorOffset = -1;
        error = null;
        return IsQuote(text, offset) && Lexer.ScanString(text, offset, null, out errorOffset, out error) < 0;
    }

    private static string Describe(string text, TextPosition at, IEnumerable<string> expectations)
    {
        string expected = Alternatives(expectations.Distinct().ToArray());
        if (at.Offset >= text.Length)
        {
            return $"The file ends too early: expected {expected}.";
        }

        char c = text[at.Offset];
        if (Lexer.IsWordStart(c))
        {
            int end = Lexer.ScanWord(text, at.Offset);
            string word = text.Substring(at.Offset, end - at.Offset);
            if (string.CompareOrdinal(text, end, "://", 0, 3) == 0)
            {
                return $"Unexpected address '{word}://...': expected {expected}. Write a link in quotes, as 'https://...'.";
            }

            if (end < text.Length && text[end] == ':')
            {
                return $"Unexpected field '{word}:' here: expected {expected}.";
            }

            return ColonAfterSpaces(text, end)
                ? $"Unexpected word '{word}': expected {expected}. A field is written name: value, with the colon right after the name."
                : $"Unexpected word '{word}': expected {expected}.";
        }

        if (IsQuote(text, at.Offset))
        {
            string written = text.Substring(at.Offset, Lexer.SkipString(text, at.Offset) - at.Offset).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
            return $"Unexpected string {(written.Length > 40 ? written.Substring(0, 40) + "..." : written)}: expected {expected}.";
        }

        return $"Unexpected {Quote(c)}: expected {expected}.";
    }

    /// <summary>Lists the alternatives as a sentence does: <c>a, b or c</c>.</summary>
    private static string Alternatives(string[] alternatives) =>
        alternatives.Length == 1
            ? alternatives[0]
            : string.Join(", ", alternatives, 0, alternatives.Length - 1) + " or " + alternatives[alternatives.Length - 1];

    private static bool ColonAfterSpaces(string text, int offset)
    {
        while (offset < text.Length && text[offset] is ' ' or '\t')
        {
            offset++;
        }

        return offset < text.Length && text[offset] == ':';
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
