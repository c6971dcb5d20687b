namespace FactCheck.Language.Text;

/// <summary>The line breaks FactCheck counts lines by: <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>.</summary>
internal static class LineBreaks
{
    private static readonly char[] s_breaks = ['\r', '\n'];

    /// <summary>Moves a line and column past the character at <paramref name="offset"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="offset">The offset of the character passed.</param>
    /// <param name="line">The line, updated.</param>
    /// <param name="column">The column, updated.</param>
    public static void Advance(string text, int offset, ref int line, ref int column)
    {
        char c = text[offset];
        if (EndsLine(text, offset))
        {
            line++;
            column = 1;
        }
        else if (c != '\r')
        {
            column++;
        }
    }

    /// <summary>Gets whether the character at <paramref name="offset"/> ends a line: a <c>\n</c>, or a <c>\r</c> not followed by one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="offset">The offset of the character.</param>
    /// <returns><see langword="true"/> when the next character starts a new line.</returns>
    public static bool EndsLine(string text, int offset)
    {
        char c = text[offset];
        return c == '\n' || (c == '\r' && (offset + 1 >= text.Length || text[offset + 1] != '\n'));
    }

    /// <summary>Computes the position <paramref name="to"/> from a known position before it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="from">A known position at or before <paramref name="to"/>.</param>
    /// <param name="to">The offset wanted.</param>
    /// <returns>The position at <paramref name="to"/>.</returns>
    public static TextPosition Walk(string text, TextPosition from, int to)
    {
        int line = from.Line;
        int column = from.Column;
        int i = from.Offset;

        // Jump from one line break to the next rather than step through every character: the parser walks the whole file.
        while (i < to)
        {
            int next = text.IndexOfAny(s_breaks, i, to - i);
            if (next < 0)
            {
                column += to - i;
                break;
            }

            column += next - i;
            Advance(text, next, ref line, ref column);
            i = next + 1;
        }

        return new TextPosition(to, line, column);
    }
}
