using System;
using FactCheck.Compiled;

namespace FactCheck.Reports.Tests;

/// <summary>Locates quotations in source documents, as the language's quote matcher would.</summary>
internal static class Passages
{
    /// <summary>Finds the first occurrence of <paramref name="quote"/> in a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="quote">Words the document holds exactly.</param>
    /// <returns>Where they stand.</returns>
    public static PassageRecord Find(SourceRecord document, string quote)
    {
        int offset = document.Text.IndexOf(quote, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"Source '{document.Id}' does not hold '{quote}'.", nameof(quote));
        }

        return At(document, offset, quote.Length);
    }

    /// <summary>Describes a passage by its offset and length, working out its line and column.</summary>
    /// <param name="document">The document.</param>
    /// <param name="offset">The offset of the first character.</param>
    /// <param name="length">The length.</param>
    /// <returns>The passage.</returns>
    public static PassageRecord At(SourceRecord document, int offset, int length)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.Min(offset, document.Text.Length); i++)
        {
            if (document.Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new PassageRecord { SourceId = document.Id, Offset = offset, Line = line, Column = offset - lineStart + 1, Length = length };
    }
}
