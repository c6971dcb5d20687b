using System;
using System.Text;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Hand-written Sprache parsers, one per token. Each skips leading trivia, scans its token straight from the
/// string and moves the input past it in one step. A failure never consumes input, so the combinators above
/// them decide freely between alternatives.
/// </summary>
internal static class TokenParsers
{
    private static readonly string[] s_word = ["a word"];
    private static readonly string[] s_string = ["a string"];
    private static readonly string[] s_comma = ["','"];
    private static readonly string[] s_end = ["the end of the file"];

    /// <summary>A field name and its colon, accepted when <paramref name="accept"/> says so.</summary>
    public static Parser<NameToken> Name(Func<string, bool> accept, string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var checkInput = (CheckInput)input;
            string text = checkInput.Source;
            int start = Lexer.SkipTrivia(text, checkInput.Position);
            if (start >= text.Length || !Lexer.IsWordStart(text[start]))
            {
                return Failure<NameToken>(input, expectations);
            }

            int end = Lexer.ScanWord(text, start);
            if (end >= text.Length || text[end] != ':')
            {
                return Failure<NameToken>(input, expectations);
            }

            string name = text.Substring(start, end - start);
            if (!accept(name))
            {
                return Failure<NameToken>(input, expectations);
            }

            CheckInput atName = checkInput.AdvanceTo(start);
            CheckInput afterName = atName.AdvanceTo(end);
            return Result.Success(new NameToken(name, new TextRange(atName.TextPosition, afterName.TextPosition)), afterName.AdvanceTo(end + 1));
        };
    }

    /// <summary>A word that is not a field name (not followed by a colon).</summary>
    public static readonly Parser<ValueToken> Word = input =>
    {
        var checkInput = (CheckInput)input;
        string text = checkInput.Source;
        int start = Lexer.SkipTrivia(text, checkInput.Position);
        if (start >= text.Length || !Lexer.IsWordStart(text[start]))
        {
            return Failure<ValueToken>(input, s_word);
        }

        int end = Lexer.ScanWord(text, start);
        if (end < text.Length && text[end] == ':')
        {
            return Failure<ValueToken>(input, s_word);
        }

        return Token(checkInput, TokenKind.Word, text.Substring(start, end - start), start, end);
    };

    /// <summary>A quoted string with its escapes decoded.</summary>
    public static readonly Parser<ValueToken> String = input =>
    {
        var checkInput = (CheckInput)input;
        string text = checkInput.Source;
        int start = Lexer.SkipTrivia(text, checkInput.Position);
        if (start >= text.Length || (text[start] != '\'' && text[start] != '"'))
        {
            return Failure<ValueToken>(input, s_string);
        }

        // A broken string fails like any other token; the driver scans it again to report why.
        int end = Lexer.ScanString(text, start, null, out _, out _);
        if (end < 0)
        {
            return Failure<ValueToken>(input, s_string);
        }

        string value;
        int backslash = text.IndexOf('\\', start + 1, end - start - 2);
        if (backslash < 0)
        {
            value = text.Substring(start + 1, end - start - 2);
        }
        else
        {
            var builder = new StringBuilder(end - start);
            Lexer.ScanString(text, start, builder, out _, out _);
            value = builder.ToString();
        }

        return Token(checkInput, TokenKind.QuotedString, value, start, end);
    };

    /// <summary>A comma between list items.</summary>
    public static readonly Parser<ValueToken> Comma = input =>
    {
        var checkInput = (CheckInput)input;
        string text = checkInput.Source;
        int start = Lexer.SkipTrivia(text, checkInput.Position);
        if (start >= text.Length || text[start] != ',')
        {
            return Failure<ValueToken>(input, s_comma);
        }

        return Token(checkInput, TokenKind.Comma, ",", start, start + 1);
    };

    /// <summary>Nothing left but trivia.</summary>
    public static readonly Parser<int> EndOfText = input =>
    {
        int start = Lexer.SkipTrivia(input.Source, input.Position);
        return start >= input.Source.Length
            ? Result.Success(start, ((CheckInput)input).AdvanceTo(start))
            : Failure<int>(input, s_end);
    };

    private static IResult<ValueToken> Token(CheckInput input, TokenKind kind, string value, int start, int end)
    {
        CheckInput atStart = input.AdvanceTo(start);
        CheckInput atEnd = atStart.AdvanceTo(end);
        return Result.Success(new ValueToken(kind, value, new TextRange(atStart.TextPosition, atEnd.TextPosition)), atEnd);
    }

    private static IResult<T> Failure<T>(IInput input, string[] expectations) =>
        Result.Failure<T>(input, "unexpected input", expectations);
}
