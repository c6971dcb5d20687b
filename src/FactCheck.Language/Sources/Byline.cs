using System;

namespace FactCheck.Language.Sources;

/// <summary>Reads the author from the byline a document opens with: <c>by Duns Scotus</c> or <c>Author:Petti, Matthew</c>.</summary>
public static class Byline
{
    /// <summary>Gets the author named by the first non-blank line, when that line is a byline.</summary>
    /// <param name="text">A document's text.</param>
    /// <returns>The author, with "Last, First" turned into "First Last"; or <see langword="null"/>.</returns>
    public static string? AuthorOf(string text)
    {
        string line = FirstLine(text);
        string? name = null;
        if (line.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            name = line.Substring(3);
        }
        else if (line.StartsWith("author:", StringComparison.OrdinalIgnoreCase))
        {
            name = line.Substring(7);
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        string[] parts = name!.Split(',');
        return parts.Length == 2 && parts[1].Trim().Length > 0 ? $"{parts[1].Trim()} {parts[0].Trim()}" : name;
    }

    private static string FirstLine(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return text.Substring(start, end - start);
    }
}
