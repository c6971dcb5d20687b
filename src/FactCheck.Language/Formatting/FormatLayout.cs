using System.Collections.Generic;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Formatting;

/// <summary>A comment on its own line, and whether a blank line came before it.</summary>
/// <param name="Text">The comment, from its <c>#</c>, without trailing white space.</param>
/// <param name="BlankLineBefore">Whether the text had a blank line between it and what came before.</param>
internal readonly record struct OwnLineComment(string Text, bool BlankLineBefore);

/// <summary>A file's entries with the comments attached to each part, as the formatter writes them.</summary>
internal sealed class FileLayout
{
    /// <summary>Gets the entries, in file order.</summary>
    public List<EntryLayout> Entries { get; } = [];

    /// <summary>Gets the comments after the last entry (or of a file without entries).</summary>
    public List<OwnLineComment> TrailingComments { get; } = [];
}

/// <summary>An entry: its head (keyword and claim text or source id) and its fields, with their comments.</summary>
internal sealed class EntryLayout
{
    public EntryLayout(EntrySyntax syntax)
    {
        Syntax = syntax;
        foreach (FieldSyntax field in syntax.Fields)
        {
            Fields.Add(new FieldLayout(field));
        }
    }

    /// <summary>Gets the entry as parsed.</summary>
    public EntrySyntax Syntax { get; }

    /// <summary>Gets the comments written before the entry, and those written inside its head, moved before it.</summary>
    public List<OwnLineComment> LeadingComments { get; } = [];

    /// <summary>Gets or sets whether a blank line separated the leading comments from the entry's keyword.</summary>
    public bool BlankLineAfterComments { get; set; }

    /// <summary>Gets or sets the comment after the head on its line.</summary>
    public string? HeadComment { get; set; }

    /// <summary>Gets the fields, in the order written.</summary>
    public List<FieldLayout> Fields { get; } = [];
}

/// <summary>A field with its comments.</summary>
internal sealed class FieldLayout
{
    public FieldLayout(FieldSyntax syntax)
    {
        Syntax = syntax;
    }

    /// <summary>Gets the field as parsed.</summary>
    public FieldSyntax Syntax { get; }

    /// <summary>Gets the comments written on their own lines before the field, and those written between its values, moved before it.</summary>
    public List<string> LeadingComments { get; } = [];

    /// <summary>Gets or sets the comment after the field's last value on its line.</summary>
    public string? TrailingComment { get; set; }
}
