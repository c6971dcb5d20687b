using System.Collections.Generic;
using System.Text;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>Writes corpus claims as one YAML document: a list of mappings, one per claim, in the shape of <see cref="YamlClaim"/>.</summary>
internal static class YamlFormat
{
    public static string Write(IEnumerable<CorpusClaim> claims)
    {
        var builder = new StringBuilder();
        foreach (CorpusClaim claim in claims)
        {
            builder.Append("- claim: ").Append(Quoted(claim.Text)).Append('\n');
            builder.Append("  source: '").Append(claim.SourceId).Append("'\n");
            builder.Append("  status: ").Append(claim.Status).Append('\n');
            builder.Append("  id: ").Append(claim.Id).Append('\n');
            builder.Append("  by: ").Append(Quoted(claim.By)).Append('\n');
            if (claim.Evidence.Count > 0)
            {
                builder.Append("  evidence:\n");
                foreach (CorpusEvidence evidence in claim.Evidence)
                {
                    builder.Append("    - source: '").Append(evidence.SourceId).Append("'\n");
                    builder.Append("      quote: ").Append(Quoted(evidence.Quote)).Append('\n');
                }
            }

            builder.Append("  note: ").Append(Quoted(claim.Note)).Append('\n');
            builder.Append("  tags: [").AppendJoin(", ", claim.Tags).Append("]\n");
            if (claim.Said is not null)
            {
                builder.Append("  said: ").Append(claim.Said).Append('\n');
            }

            builder.Append("  reviewed: ").Append(claim.Reviewed).Append('\n');
            builder.Append("  reviewer: ").Append(Quoted(claim.Reviewer)).Append('\n');
            if (claim.Supports.Count > 0)
            {
                builder.Append("  supports: [").AppendJoin(", ", claim.Supports).Append("]\n");
            }
        }

        return builder.ToString();
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
