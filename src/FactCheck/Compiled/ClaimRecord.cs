using System.Collections.Generic;
using System.ComponentModel;
using FactCheck.Fields;

namespace FactCheck.Compiled;

/// <summary>The fields of a claim, as <see cref="CompiledWriter"/> writes them. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClaimRecord
{
    /// <summary>Gets or sets the claim's id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the claim's text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets the verdict's keyword, which the claim set's scale resolves when the claim is read.</summary>
    public string Verdict { get; set; } = string.Empty;

    /// <summary>Gets or sets where the claim (or its quote) stands in its source.</summary>
    public PassageRecord Passage { get; set; } = new();

    /// <summary>Gets or sets the path of the <c>.check</c> file, as the claim records it.</summary>
    public string FilePath { get; set; } = string.Empty;

    /// <summary>Gets or sets the line of the claim's keyword, from 1.</summary>
    public int Line { get; set; }

    /// <summary>Gets or sets the column of the claim's keyword, from 1.</summary>
    public int Column { get; set; }

    /// <summary>Gets or sets the words of the source the claim paraphrases.</summary>
    public string? Quote { get; set; }

    /// <summary>Gets or sets the values of the plain fields (<see cref="ClaimFields.Plain"/>).</summary>
    public FieldValues Fields { get; set; } = FieldValues.Empty;

    /// <summary>Gets or sets one plain field's value, as <see cref="FieldValues.With"/> takes it.</summary>
    /// <param name="field">A plain claim field.</param>
    public object? this[FieldSpec field]
    {
        get => Fields[field];
        set => Fields = Fields.With(field, value);
    }

    /// <summary>Gets the evidence.</summary>
    public IList<EvidenceRecord> Evidence { get; } = new List<EvidenceRecord>();

    /// <summary>Gets the ids of the claims this one supports.</summary>
    public IList<string> Supports { get; } = new List<string>();

    /// <summary>Gets the ids of the claims this one contradicts.</summary>
    public IList<string> Contradicts { get; } = new List<string>();
}
