using System.Linq;
using System.Text;
using FactCheck.Fields;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Hand-written Sprache parsers, one per token. Each skips leading trivia, scans its token straight from the
/// string and moves the input past it in one step, and returns a result of its own, as Sprache's parsers do. A failure
/// never consumes input and names what the parser wanted, so Sprache's <c>Or</c> and <c>XOr</c> list every alternative
/// that failed where the parse stopped.
/// </summary>
internal static class TokenParsers
{
    // What went wrong is told by the expectations, and the parser's message is built from them; Sprache wants a message too.
    private const string UnexpectedInput = "unexpected input";

    /// <summary>A field name and its colon, any word but the entry keywords; <c>https://</c> is an address written without quotes, not a field.</summary>
    public static Parser<NameToken> FieldName(string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            int end = NameEnd(text, start);
            if (end < 0 || IsEntryKeyword(text, start, end) || string.CompareOrdinal(text, end, "://", 0, 3) == 0)
            {
                return Failure<NameToken>(input, expectations);
            }

            return Name(checkInput, KnownName(text, start, end) ?? text.Substring(start, end - start), start, end);
        };
    }

    /// <summary>An entry keyword and its colon, such as <c>claim:</c>; its value is the keyword's range.</summary>
    public static Parser<TextRange> Keyword(string keyword, string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            int end = NameEnd(text, start);
            if (end < 0 || !IsKeyword(text, start, end, keyword))
            {
                return Failure<TextRange>(input, expectations);
            }

            (TextRange range, CheckInput afterColon) = NameAndColon(checkInput, start, end);
            return Result.Success(range, afterColon);
        };
    }

    /// <summary>The end of the text, after any trivia; its value is the empty range there.</summary>
    public static Parser<TextRange> End(string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            int end = Lexer.SkipTrivia(checkInput.Source, checkInput.Position);
            if (end < checkInput.Source.Length)
            {
                return Failure<TextRange>(input, expectations);
            }

            CheckInput atEnd = checkInput.AdvanceTo(end);
            return Result.Success(TextRange.At(atEnd.TextPosition), atEnd);
        };
    }

    /// <summary>
    /// Looks at what comes next, consuming nothing: succeeds where an entry keyword (<c>claim:</c> or <c>document:</c>)
    /// or the end of the text comes; its value is where. What <c>Keyword(..).XOr(Keyword(..)).XOr(End(..))</c> would say,
    /// without making an input past the keyword that the next entry's parse makes again.
    /// </summary>
    public static Parser<TextPosition> EntryOrEndAhead(string entryExpectation, string endExpectation)
    {
        string[] expectations = [entryExpectation, endExpectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            int end = NameEnd(text, start);
            return start >= text.Length || (end >= 0 && IsEntryKeyword(text, start, end))
                ? Result.Success(checkInput.PositionAt(start), input)
                : Failure<TextPosition>(input, expectations);
        };
    }

    /// <summary>
    /// One value of a field: a string, a comma, or a word that is not the next field's name. The first character
    /// decides which, so no alternative is ever tried and abandoned.
    /// </summary>
    public static Parser<ValueToken> Value(string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            if (start >= text.Length)
            {
                return Failure<ValueToken>(input, expectations);
            }

            char c = text[start];
            if (c is '\'' or '"')
            {
                return ScanString(checkInput, start, expectations);
            }

            if (c == ',')
            {
                return Token(checkInput, TokenKind.Comma, ",", start, start + 1);
            }

            if (!Lexer.IsWordStart(c))
            {
                return Failure<ValueToken>(input, expectations);
            }

            int end = Lexer.ScanWord(text, start);
            return end < text.Length && text[end] == ':'
                ? Failure<ValueToken>(input, expectations)
                : Token(checkInput, TokenKind.Word, text.Substring(start, end - start), start, end);
        };
    }

    /// <summary>A word that is not a field name (not followed by a colon).</summary>
    public static Parser<ValueToken> Word(string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            if (start >= text.Length || !Lexer.IsWordStart(text[start]) || NameEnd(text, start) >= 0)
            {
                return Failure<ValueToken>(input, expectations);
            }

            int end = Lexer.ScanWord(text, start);
            return Token(checkInput, TokenKind.Word, text.Substring(start, end - start), start, end);
        };
    }

    /// <summary>A quoted string with its escapes decoded.</summary>
    public static Parser<ValueToken> String(string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            return start < text.Length && text[start] is '\'' or '"'
                ? ScanString(checkInput, start, expectations)
                : Failure<ValueToken>(input, expectations);
        };
    }

    /// <summary>The end of the name when a word followed by a colon starts at <paramref name="start"/>; else -1.</summary>
    private static int NameEnd(string text, int start)
    {
        if (start >= text.Length || !Lexer.IsWordStart(text[start]))
        {
            return -1;
        }

        int end = Lexer.ScanWord(text, start);
        return end < text.Length && text[end] == ':' ? end : -1;
    }

    /// <summary>The field names the language knows, so that reading one allocates no new string.</summary>
    private static readonly string[] s_knownNames =
        ClaimFields.All.Concat(DocumentFields.All).Concat(ScaleFields.All).Concat(VerdictFields.All).Select(field => field.Name).Distinct().ToArray();

    private static string? KnownName(string text, int start, int end)
    {
        foreach (string name in s_knownNames)
        {
            // The first character rules out most names without a comparison.
            if (name[0] == text[start] && IsKeyword(text, start, end, name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsEntryKeyword(string text, int start, int end) =>
        IsKeyword(text, start, end, EntryKinds.Claim) || IsKeyword(text, start, end, EntryKinds.Document)
        || IsKeyword(text, start, end, EntryKinds.Scale) || IsKeyword(text, start, end, EntryKinds.Verdict);

    private static bool IsKeyword(string text, int start, int end, string keyword) =>
        end - start == keyword.Length && string.CompareOrdinal(text, start, keyword, 0, keyword.Length) == 0;

    private static IResult<ValueToken> ScanString(CheckInput input, int start, string[] expectations)
    {
        string text = input.Source;
        // A broken string fails like any other token; the driver scans it again to report why.
        int end = Lexer.ScanString(text, start, null, out _, out _);
        if (end < 0)
        {
            return Failure<ValueToken>(input, expectations);
        }

        string value;
        if (text.IndexOf('\\', start + 1, end - start - 2) < 0)
        {
            value = text.Substring(start + 1, end - start - 2);
        }
        else
        {
            var builder = new StringBuilder(end - start);
            Lexer.ScanString(text, start, builder, out _, out _);
            value = builder.ToString();
        }

        return Token(input, TokenKind.QuotedString, value, start, end);
    }

    private static IResult<NameToken> Name(CheckInput input, string name, int start, int end)
    {
        (TextRange range, CheckInput afterColon) = NameAndColon(input, start, end);
        return Result.Success(new NameToken(name, range.Start), afterColon);
    }

    /// <summary>The range of a name from <paramref name="start"/> to <paramref name="end"/>, and the input after its colon.</summary>
    private static (TextRange Range, CheckInput AfterColon) NameAndColon(CheckInput input, int start, int end)
    {
        TextPosition atName = input.PositionAt(start);
        TextPosition afterName = LineBreaks.Walk(input.Source, atName, end);
        TextPosition afterColon = LineBreaks.Walk(input.Source, afterName, end + 1);
        return (new TextRange(atName, afterName), input.MoveTo(afterColon));
    }

    private static IResult<ValueToken> Token(CheckInput input, TokenKind kind, string value, int start, int end)
    {
        TextPosition atStart = input.PositionAt(start);
        TextPosition atEnd = LineBreaks.Walk(input.Source, atStart, end);
        return Result.Success(new ValueToken(kind, value, new TextRange(atStart, atEnd)), input.MoveTo(atEnd));
    }

    private static IResult<T> Failure<T>(IInput input, string[] expectations) =>
        Result.Failure<T>(input, UnexpectedInput, expectations);
}
