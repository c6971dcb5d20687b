using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCheck.Language.Sources;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>Writes corpus claims as <c>.check</c> text, as an analyst would: one entry per claim, one field per line.</summary>
internal static class CheckFormat
{
    public static string Write(IEnumerable<CorpusClaim> claims)
    {
        var builder = new StringBuilder();
        foreach (CorpusClaim claim in claims)
        {
            builder.Append("claim: ").Append(Quoted(claim.Text)).Append(" source: ").Append(claim.SourceId).Append(" status: ").Append(claim.Status).Append('\n');
            builder.Append("  id: ").Append(claim.Id).Append('\n');
            builder.Append("  by: ").Append(Quoted(claim.By)).Append('\n');
            foreach (CorpusEvidence evidence in claim.Evidence)
            {
                builder.Append("  evidence: ").Append(evidence.SourceId).Append(' ').Append(Quoted(evidence.Quote)).Append('\n');
            }

            builder.Append("  note: ").Append(Quoted(claim.Note)).Append('\n');
            builder.Append("  tags: ").AppendJoin(", ", claim.Tags).Append('\n');
            if (claim.Said is not null)
            {
                builder.Append("  said: ").Append(claim.Said).Append('\n');
            }

            builder.Append("  reviewed: ").Append(claim.Reviewed).Append('\n');
            builder.Append("  reviewer: ").Append(Quoted(claim.Reviewer)).Append('\n');
            if (claim.Supports.Count > 0)
            {
                builder.Append("  supports: ").AppendJoin(", ", claim.Supports).Append('\n');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The claims split into files of <paramref name="claimsPerFile"/> claims, <c>checks/NNNN.check</c>.</summary>
    public static TextFile[] WriteFiles(IReadOnlyList<CorpusClaim> claims, int claimsPerFile) =>
        claims
            .Chunk(claimsPerFile)
            .Select((chunk, index) => new TextFile($"checks/{index:D4}.check", Write(chunk)))
            .ToArray();

    private static string Quoted(string value) =>
        "'" + value.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("'", "\\'", System.StringComparison.Ordinal) + "'";
}
