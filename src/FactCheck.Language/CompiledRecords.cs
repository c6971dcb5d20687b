using System.Collections.Generic;
using System.Linq;
using FactCheck.Compiled;
using FactCheck.Language.Binding;
using FactCheck.Language.Matching;

namespace FactCheck.Language;

/// <summary>
/// Turns bound claims and sources into the records of the runtime's compiled form: the one mapping of a claim's fields,
/// which the generated code embeds and the command line reads back, so the two cannot disagree.
/// </summary>
internal static class CompiledRecords
{
    /// <summary>Gets the record of a source document.</summary>
    /// <param name="source">The resolved source.</param>
    /// <returns>Its record.</returns>
    public static SourceRecord Of(ResolvedSource source) => new()
    {
        Id = source.Id,
        FileName = source.FileName,
        Text = source.Text,
        Title = source.Title,
        Author = source.Author?.Name,
        AuthorKind = source.Author?.Kind ?? PartyKind.Person,
        Url = source.Url,
        Published = source.Published,
    };

    /// <summary>Gets the record of a claim.</summary>
    /// <param name="claim">The bound claim.</param>
    /// <param name="displayPath">The path the claim records for its <c>.check</c> file.</param>
    /// <returns>Its record.</returns>
    public static ClaimRecord Of(BoundClaim claim, string displayPath)
    {
        var record = new ClaimRecord
        {
            Id = claim.Id,
            Text = claim.Text,
            Verdict = claim.Verdict,
            Passage = Passage(claim.SourceId, claim.Match),
            FilePath = displayPath,
            Line = claim.KeywordRange.Start.Line,
            Column = claim.KeywordRange.Start.Column,
            Quote = claim.Quote,
            Fields = claim.Fields,
        };
        Add(record.Supports, claim.Supports.Select(link => link.ClaimId));
        Add(record.Contradicts, claim.Contradicts.Select(link => link.ClaimId));
        foreach (BoundEvidence evidence in claim.Evidence)
        {
            record.Evidence.Add(evidence.Url is { } url
                ? new EvidenceRecord { Url = url }
                : new EvidenceRecord { Quote = evidence.Quote, Passage = Passage(evidence.SourceId!, evidence.Match!) });
        }

        return record;
    }

    /// <summary>Writes the claims of one <c>.check</c> file in compiled form.</summary>
    /// <param name="claims">The file's claims, in order.</param>
    /// <param name="displayPath">The path the claims record for the file.</param>
    /// <returns>The text the generated code embeds.</returns>
    public static string WriteClaims(IEnumerable<BoundClaim> claims, string displayPath) =>
        CompiledWriter.WriteClaims([.. claims.Select(claim => Of(claim, displayPath))]);

    private static void Add(IList<string> list, IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            list.Add(value);
        }
    }

    private static PassageRecord Passage(string sourceId, PassageMatch match) => new()
    {
        SourceId = sourceId,
        Offset = match.Offset,
        Line = match.Line,
        Column = match.Column,
        Length = match.Length,
    };
}
