using System;
using System.Collections.Generic;

namespace FactCheck.Language.Text;

/// <summary>The start of every line of a text, to turn offsets into lines and columns in logarithmic time.</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    private LineIndex(int[] lineStarts)
    {
        _lineStarts = lineStarts;
    }

    /// <summary>Indexes the lines of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index.</returns>
    public static LineIndex Of(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (LineBreaks.EndsLine(text, i))
            {
                starts.Add(i + 1);
            }
        }

        return new LineIndex(starts.ToArray());
    }

    /// <summary>Gets how many lines the text has; an empty text has one.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Gets the offset a line starts at.</summary>
    /// <param name="line">The line, from 1.</param>
    /// <returns>Its first character's offset.</returns>
    public int StartOf(int line) => _lineStarts[line - 1];

    /// <summary>Gets the position of <paramref name="offset"/>.</summary>
    /// <param name="offset">An offset from 0 to the text's length.</param>
    /// <returns>Its line and column.</returns>
    public TextPosition PositionOf(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return new TextPosition(offset, line + 1, offset - _lineStarts[line] + 1);
    }
}
