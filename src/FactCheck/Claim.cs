using System.Collections.Generic;
using FactCheck.Fields;

namespace FactCheck;

/// <summary>One checked claim: what was said, where it stands in its source, the verdict and what backs it.</summary>
/// <remarks>Claims are made by the generated code and the command line, never by a public constructor, so a field added later breaks no caller.</remarks>
public sealed class Claim
{
    private readonly ClaimSet _set;
    private readonly string[] _supportIds;
    private readonly string[] _contradictIds;
    private IReadOnlyList<Claim>? _supports;
    private IReadOnlyList<Claim>? _contradicts;

    internal Claim(ClaimSet set, string id, string text, Verdict verdict, SourcePassage passage, CheckLocation location, string? quote,
        Evidence[] evidence, FieldValues fields, string[] supportIds, string[] contradictIds)
    {
        _set = set;
        Id = id;
        Text = text;
        Verdict = verdict;
        Source = passage.Document;
        Passage = passage;
        Location = location;
        Quote = quote;
        Evidence = ReadOnly.Wrap(evidence);
        Fields = fields;
        _supportIds = supportIds;
        _contradictIds = contradictIds;
    }

    /// <summary>Gets the claim's id, unique across all <c>.check</c> files.</summary>
    public string Id { get; }

    /// <summary>Gets the claim as written after <c>claim:</c>.</summary>
    public string Text { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the source document the claim is quoted from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Gets where the claim (or its <see cref="Quote"/>) stands in <see cref="Source"/>, and the document's own words there.</summary>
    public SourcePassage Passage { get; }

    /// <summary>Gets where the claim was written.</summary>
    public CheckLocation Location { get; }

    /// <summary>Gets the words of the source the claim paraphrases, when <see cref="Text"/> is not itself a quotation.</summary>
    public string? Quote { get; }

    /// <summary>Gets who made the claim (<c>by:</c>): the name as written.</summary>
    public string? Claimant => Fields.Party(ClaimFields.By)?.Name;

    /// <summary>Gets whether <see cref="Claimant"/> is a person or an organisation: <see langword="null"/> when the claim names no claimant, <see cref="PartyKind.Person"/> when <c>by:</c> does not say.</summary>
    public PartyKind? ClaimantKind => Fields.Party(ClaimFields.By)?.Kind;

    /// <summary>Gets the evidence, in the order written: <see cref="PassageEvidence"/> or <see cref="LinkEvidence"/>.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the analyst's note.</summary>
    public string? Note => Fields.Text(ClaimFields.Note);

    /// <summary>Gets the day the claim was made (<c>said:</c>).</summary>
    public CalendarDate? Said => Fields.Date(ClaimFields.Said);

    /// <summary>Gets the day the check was reviewed (<c>reviewed:</c>).</summary>
    public CalendarDate? Reviewed => Fields.Date(ClaimFields.Reviewed);

    /// <summary>Gets who reviewed the check (<c>reviewer:</c>): the name as written.</summary>
    public string? Reviewer => Fields.Party(ClaimFields.Reviewer)?.Name;

    /// <summary>Gets whether <see cref="Reviewer"/> is a person or an organisation: <see langword="null"/> when the claim names no reviewer, <see cref="PartyKind.Person"/> when <c>reviewer:</c> does not say.</summary>
    public PartyKind? ReviewerKind => Fields.Party(ClaimFields.Reviewer)?.Kind;

    /// <summary>Gets the tags, in the order written.</summary>
    public IReadOnlyList<string> Tags => Fields.Words(ClaimFields.Tags);

    /// <summary>Gets the corrections made to the check since it was published (<c>correction:</c>), in the order written.</summary>
    public IReadOnlyList<Correction> Corrections => Fields.Corrections(ClaimFields.Correction);

    /// <summary>Gets the values of the plain fields, which the properties above read: the JSON export writes them from the table.</summary>
    internal FieldValues Fields { get; }

    /// <summary>Gets the claims this one supports (<c>supports:</c>), in the order written.</summary>
    public IReadOnlyList<Claim> Supports => _supports ??= _set.Resolve(_supportIds);

    /// <summary>Gets the claims this one contradicts (<c>contradicts:</c>), in the order written.</summary>
    public IReadOnlyList<Claim> Contradicts => _contradicts ??= _set.Resolve(_contradictIds);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Verdict.Keyword}";
}
