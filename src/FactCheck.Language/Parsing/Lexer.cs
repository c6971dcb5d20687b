using System.Text;

namespace FactCheck.Language.Parsing;

/// <summary>Character-level scanning shared by the token parsers and the parser's recovery: trivia, words and strings.</summary>
internal static class Lexer
{
    private static readonly char[] s_singleQuoteStops = ['\'', '\\'];
    private static readonly char[] s_doubleQuoteStops = ['"', '\\'];

    public static bool IsWordStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    public static bool IsWordPart(char c) => IsWordStart(c) || c is '.' or '_' or '-';

    /// <summary>Skips white space and <c>#</c> comments.</summary>
    public static int SkipTrivia(string text, int offset)
    {
        while (offset < text.Length)
        {
            char c = text[offset];
            // The usual white space first, without a call: most trivia is one space or the start of an indented line.
            if (c is ' ' or '\n' or '\r' or '\t' || (c != '#' && char.IsWhiteSpace(c)))
            {
                offset++;
            }
            else if (c == '#')
            {
                while (offset < text.Length && text[offset] != '\n' && text[offset] != '\r')
                {
                    offset++;
                }
            }
            else
            {
                break;
            }
        }

        return offset;
    }

    /// <summary>Scans a word starting at <paramref name="offset"/>, which must be a word start.</summary>
    public static int ScanWord(string text, int offset)
    {
        offset++;
        while (offset < text.Length)
        {
            // IsWordPart written out: the parser scans every word of the file through here.
            char c = text[offset];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-')
            {
                offset++;
            }
            else
            {
                break;
            }
        }

        return offset;
    }

    /// <summary>Scans the string whose opening quote is at <paramref name="offset"/>.</summary>
    /// <returns>The offset after the closing quote, or -1 when it is not closed or holds an unknown escape (then <paramref name="errorOffset"/> and <paramref name="error"/> say why).</returns>
    public static int ScanString(string text, int offset, StringBuilder? value, out int errorOffset, out string? error)
    {
        char quote = text[offset];
        char[] stops = quote == '"' ? s_doubleQuoteStops : s_singleQuoteStops;
        int i = offset + 1;
        while (i < text.Length)
        {
            // Jump to the closing quote or the next escape: most strings have no escape, and the text between is copied as it is.
            int stop = text.IndexOfAny(stops, i);
            if (stop < 0)
            {
                break;
            }

            value?.Append(text, i, stop - i);
            if (text[stop] == quote)
            {
                errorOffset = -1;
                error = null;
                return stop + 1;
            }

            if (stop + 1 >= text.Length)
            {
                break;
            }

            char? decoded = Unescape(text[stop + 1]);
            if (decoded is null)
            {
                errorOffset = stop;
                char escaped = text[stop + 1];
                string what = escaped is '\n' or '\r'
                    ? "A backslash at the end of a line is not an escape"
                    : char.IsControl(escaped) || (char.IsWhiteSpace(escaped) && escaped != ' ')
                        ? $"Unknown escape in a string: a backslash before U+{(int)escaped:X4}"
                        : $"Unknown escape '\\{escaped}' in a string";
                error = $"{what}: the escapes are \\' \\\" \\\\ \\n and \\t; write a backslash as \\\\.";
                return -1;
            }

            value?.Append(decoded.Value);
            i = stop + 2;
        }

        errorOffset = offset;
        error = $"This string is never closed: add the closing {quote} (strings may span lines, so the rest of the file was read as part of it).";
        return -1;
    }

    /// <summary>Finds the end of the string whose quote is at <paramref name="offset"/>, passing over escapes whether or not they are known.</summary>
    /// <returns>The offset after the closing quote, or -1 when the string is never closed.</returns>
    public static int SkipString(string text, int offset)
    {
        char quote = text[offset];
        for (int i = offset + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Gets the offset of the start of the line after the one holding <paramref name="offset"/>.</summary>
    public static int NextLine(string text, int offset)
    {
        int i = offset;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        return i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }

    private static char? Unescape(char c) => c switch
    {
        '\'' => '\'',
        '"' => '"',
        '\\' => '\\',
        'n' => '\n',
        't' => '\t',
        _ => null,
    };
}
