using FactCheck.Fields;
using FactCheck.Language.Matching;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>A claim that bound without error within its file: every value read, its quotes found.</summary>
/// <param name="Id">The id: its <c>id:</c>, else the slug of its text.</param>
/// <param name="IdRange">Where the id was written, or the claim's text when the id is the default.</param>
/// <param name="Text">The claim as written.</param>
/// <param name="Quote">The source's words, when the claim paraphrases them.</param>
/// <param name="Verdict">The verdict's keyword, which the project's scale judges (<see cref="Scales.VerdictBinder"/>).</param>
/// <param name="SourceId">The source document's id.</param>
/// <param name="Match">Where the claim, or its quote, stands in the source.</param>
/// <param name="Evidence">The evidence, in the order written.</param>
/// <param name="Fields">The values of the plain fields, read as the field table says.</param>
/// <param name="Supports">The claims it supports.</param>
/// <param name="Contradicts">The claims it contradicts.</param>
/// <param name="FilePath">The <c>.check</c> file.</param>
/// <param name="KeywordRange">Where the <c>claim</c> keyword stands.</param>
internal sealed record BoundClaim(
    string Id,
    TextRange IdRange,
    string Text,
    string? Quote,
    string Verdict,
    string SourceId,
    PassageMatch Match,
    EquatableArray<BoundEvidence> Evidence,
    FieldValues Fields,
    EquatableArray<ClaimLink> Supports,
    EquatableArray<ClaimLink> Contradicts,
    string FilePath,
    TextRange KeywordRange);
