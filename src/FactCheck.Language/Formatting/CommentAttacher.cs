using System.Collections.Generic;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Formatting;

/// <summary>
/// Attaches each comment of a parsed file to what it annotates. A comment after a token on the same line belongs to
/// that token's field (or entry head) and stays at the end of its line; a comment on its own line belongs to what
/// follows it: the next entry, the next field, or the end of the file. A comment written inside a field or a head,
/// between its tokens, is moved to its own line before that field or entry.
/// </summary>
internal static class CommentAttacher
{
    /// <summary>Builds the layout of a file that parsed without errors.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="syntax">Its syntax tree.</param>
    /// <returns>The entries and fields, each with its comments.</returns>
    public static FileLayout Attach(string text, CheckFileSyntax syntax)
    {
        var layout = new FileLayout();
        var tokens = new List<TokenPlace>();
        foreach (EntrySyntax entry in syntax.Entries)
        {
            var entryLayout = new EntryLayout(entry);
            layout.Entries.Add(entryLayout);
            tokens.Add(new TokenPlace(entry.KeywordRange.Start.Offset, entry.KeywordRange.End.Offset + 1, entryLayout, null, StartsPart: true, EndsPart: false));
            tokens.Add(new TokenPlace(entry.Head.Range.Start.Offset, entry.Head.Range.End.Offset, entryLayout, null, StartsPart: false, EndsPart: true));
            foreach (FieldLayout field in entryLayout.Fields)
            {
                EquatableArray<ValueToken> values = field.Syntax.Values;
                tokens.Add(new TokenPlace(field.Syntax.NameRange.Start.Offset, field.Syntax.NameRange.End.Offset + 1, entryLayout, field, StartsPart: true, EndsPart: values.Count == 0));
                for (int i = 0; i < values.Count; i++)
                {
                    tokens.Add(new TokenPlace(values[i].Range.Start.Offset, values[i].Range.End.Offset, entryLayout, field, StartsPart: false, EndsPart: i == values.Count - 1));
                }
            }
        }

        int gapStart = 0;
        for (int i = 0; i <= tokens.Count; i++)
        {
            TokenPlace? previous = i > 0 ? tokens[i - 1] : null;
            TokenPlace? next = i < tokens.Count ? tokens[i] : null;
            AttachGap(text, gapStart, next?.Start ?? text.Length, previous, next, layout);
            gapStart = next?.End ?? text.Length;
        }

        return layout;
    }

    /// <summary>Reads the trivia between two tokens and attaches the comments it holds.</summary>
    private static void AttachGap(string text, int start, int end, TokenPlace? previous, TokenPlace? next, FileLayout layout)
    {
        int lineBreaks = 0;
        bool afterOwnLineComment = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\r' || c == '\n')
            {
                lineBreaks++;
                if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '#')
            {
                int commentEnd = i;
                while (commentEnd < end && text[commentEnd] is not ('\r' or '\n'))
                {
                    commentEnd++;
                }

                string comment = text.Substring(i, commentEnd - i).TrimEnd();
                bool ownLine = previous is null || lineBreaks > 0;
                afterOwnLineComment = Attach(comment, ownLine, lineBreaks > 1, previous, next, layout);
                lineBreaks = 0;
                i = commentEnd - 1;
            }
        }

        if (afterOwnLineComment && next is { Field: null, StartsPart: true } keyword)
        {
            keyword.Entry.BlankLineAfterComments = lineBreaks > 1;
        }
    }

    /// <summary>Attaches one comment.</summary>
    /// <returns>Whether the comment went before the next entry's keyword, as one of its leading comments.</returns>
    private static bool Attach(string comment, bool ownLine, bool blankLineBefore, TokenPlace? previous, TokenPlace? next, FileLayout layout)
    {
        if (!ownLine)
        {
            TokenPlace annotated = previous!.Value;
            if (annotated.EndsPart)
            {
                if (annotated.Field is { } field)
                {
                    field.TrailingComment = comment;
                }
                else
                {
                    annotated.Entry.HeadComment = comment;
                }
            }
            else
            {
                MoveBefore(annotated, comment);
            }

            return false;
        }

        if (next is not { } following)
        {
            layout.TrailingComments.Add(new OwnLineComment(comment, blankLineBefore));
            return false;
        }

        if (!following.StartsPart)
        {
            MoveBefore(following, comment);
            return false;
        }

        if (following.Field is { } nextField)
        {
            nextField.LeadingComments.Add(comment);
            return false;
        }

        following.Entry.LeadingComments.Add(new OwnLineComment(comment, blankLineBefore));
        return true;
    }

    /// <summary>Moves a comment written inside a field or a head to its own line before it.</summary>
    private static void MoveBefore(TokenPlace inside, string comment)
    {
        if (inside.Field is { } field)
        {
            field.LeadingComments.Add(comment);
        }
        else
        {
            inside.Entry.LeadingComments.Add(new OwnLineComment(comment, BlankLineBefore: false));
            inside.Entry.BlankLineAfterComments = false;
        }
    }

    /// <summary>Where a token stands and which part of an entry it belongs to.</summary>
    /// <param name="Start">Its first character.</param>
    /// <param name="End">Just after its last character (a name's colon included).</param>
    /// <param name="Entry">Its entry.</param>
    /// <param name="Field">Its field, or <see langword="null"/> for the entry's head.</param>
    /// <param name="StartsPart">Whether it is the first token of its field or head.</param>
    /// <param name="EndsPart">Whether it is the last token of its field or head.</param>
    private readonly record struct TokenPlace(int Start, int End, EntryLayout Entry, FieldLayout? Field, bool StartsPart, bool EndsPart);
}
