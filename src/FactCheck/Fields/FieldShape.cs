using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>The forms a field's value can take in a <c>.check</c> file. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum FieldShape
{
    /// <summary>One word: <c>status: false</c>.</summary>
    Word,

    /// <summary>A string in quotes: <c>by: 'Duns Scotus'</c>.</summary>
    Text,

    /// <summary>
    /// A name in quotes, optionally after the word <c>person</c> or <c>organization</c> that says what it names:
    /// <c>by: organization 'the Pentagon'</c>. Its value is a <see cref="Fields.Party"/>; an unmarked name is a person's.
    /// </summary>
    Party,

    /// <summary>A day, written YYYY-MM-DD: <c>said: 2020-01-05</c>.</summary>
    Date,

    /// <summary>An absolute http or https address in quotes.</summary>
    Url,

    /// <summary>Words separated by commas: <c>tags: iraq, iran</c>.</summary>
    WordList,

    /// <summary>A passage of a source (<c>000 'words'</c>) or a link (<c>'https://...'</c>).</summary>
    Evidence,

    /// <summary>A date, then what changed and why in quotes: <c>correction: 2026-11-29 'The note said ...; it now says ...'</c>. Its value is a <see cref="FactCheck.Correction"/>.</summary>
    Correction,
}
