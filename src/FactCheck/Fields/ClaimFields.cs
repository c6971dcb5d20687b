using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace FactCheck.Fields;

/// <summary>
/// The fields of a claim: the one table that the parser's keywords, the binder, the compiled form, its size budget, the
/// JSON export and the editor read. For FactCheck's own tools.
/// </summary>
/// <remarks>
/// A plain field (a text, word, party, date, address, word list or corrections with no further meaning) needs nothing but its line here, in
/// <see cref="All"/>, and its property on <see cref="Claim"/>; the README's "Adding a field" says what else a field may want.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ClaimFields
{
    /// <summary><c>source:</c>, the id of the document the claim quotes.</summary>
    public static readonly FieldSpec Source = FieldSpec.Bound("source", FieldShape.Word, "source", "The id of the source document the claim quotes (its file name without extension).");

    /// <summary><c>status:</c>, the verdict.</summary>
    public static readonly FieldSpec Status = FieldSpec.Bound("status", FieldShape.Word, "verdict", "The verdict, one of the scale's keywords.");

    /// <summary><c>id:</c>, the claim's id.</summary>
    public static readonly FieldSpec Id = FieldSpec.Bound("id", FieldShape.Word, "id", "The claim's id, unique in the project; by default made from its text.");

    /// <summary><c>by:</c>, who made the claim.</summary>
    public static readonly FieldSpec By = FieldSpec.Plain("by", FieldShape.Party, "claimant", "Who made the claim: a person, or an organization.");

    /// <summary><c>quote:</c>, the source's words when the claim paraphrases them.</summary>
    public static readonly FieldSpec Quote = FieldSpec.Bound("quote", FieldShape.Text, "quote", "The source's own words, when the claim's text paraphrases them.");

    /// <summary><c>note:</c>, the analyst's note.</summary>
    public static readonly FieldSpec Note = FieldSpec.Plain("note", FieldShape.Text, "note", "The analyst's note for readers.");

    /// <summary><c>said:</c>, the day the claim was made.</summary>
    public static readonly FieldSpec Said = FieldSpec.Plain("said", FieldShape.Date, "said", "The day the claim was made.");

    /// <summary><c>reviewed:</c>, the day the check was reviewed.</summary>
    public static readonly FieldSpec Reviewed = FieldSpec.Plain("reviewed", FieldShape.Date, "reviewed", "The day the check was reviewed.");

    /// <summary><c>reviewer:</c>, who reviewed the check.</summary>
    public static readonly FieldSpec Reviewer = FieldSpec.Plain("reviewer", FieldShape.Party, "reviewer", "Who reviewed the check: a person, or an organization.");

    /// <summary><c>tags:</c>, words to group claims by.</summary>
    public static readonly FieldSpec Tags = FieldSpec.Plain("tags", FieldShape.WordList, "tags", "Words to group claims by.");

    /// <summary><c>evidence:</c>, a passage of a source or a link; repeatable.</summary>
    public static readonly FieldSpec Evidence = FieldSpec.Bound("evidence", FieldShape.Evidence, "evidence", "A passage of a source or a link that backs the verdict; repeatable.", repeatable: true);

    /// <summary><c>supports:</c>, ids of claims this one supports; repeatable.</summary>
    public static readonly FieldSpec Supports = FieldSpec.Bound("supports", FieldShape.WordList, "supports", "Ids of claims this one supports; repeatable.", repeatable: true);

    /// <summary><c>contradicts:</c>, ids of claims this one contradicts; repeatable.</summary>
    public static readonly FieldSpec Contradicts = FieldSpec.Bound("contradicts", FieldShape.WordList, "contradicts", "Ids of claims this one contradicts; repeatable.", repeatable: true);

    /// <summary><c>correction:</c>, a correction made to the check since it was published; repeatable.</summary>
    public static readonly FieldSpec Correction = FieldSpec.Plain("correction", FieldShape.Correction, "corrections", "A correction made since publication: its date, then what changed and why; repeatable.", repeatable: true);

    /// <summary>Gets every field, in the order the language documents them.</summary>
    public static IReadOnlyList<FieldSpec> All { get; } = FieldSpec.Table(Source, Status, Id, By, Quote, Note, Said, Reviewed, Reviewer, Tags, Evidence, Supports, Contradicts, Correction);

    /// <summary>Gets the plain fields, in order: those <see cref="FieldValues"/> holds.</summary>
    public static IReadOnlyList<FieldSpec> Plain { get; } = ReadOnly.Wrap(All.Where(field => field.IsPlain).ToArray());
}
