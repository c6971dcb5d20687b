using System.Collections.Generic;
using System.Text;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>Writes corpus claims as one Gherkin feature: a scenario per claim, a step per field.</summary>
internal static class GherkinFormat
{
    public static string Write(IEnumerable<CorpusClaim> claims)
    {
        var builder = new StringBuilder("Feature: Claims\n\n");
        foreach (CorpusClaim claim in claims)
        {
            builder.Append("  Scenario: ").Append(claim.Id).Append('\n');
            builder.Append("    Given claim \"").Append(claim.Text).Append("\"\n");
            builder.Append("    And source ").Append(claim.SourceId).Append('\n');
            builder.Append("    And status ").Append(claim.Status).Append('\n');
            builder.Append("    And by \"").Append(claim.By).Append("\"\n");
            foreach (CorpusEvidence evidence in claim.Evidence)
            {
                builder.Append("    And evidence ").Append(evidence.SourceId).Append(" \"").Append(evidence.Quote).Append("\"\n");
            }

            builder.Append("    And note \"").Append(claim.Note).Append("\"\n");
            builder.Append("    And tags ").AppendJoin(", ", claim.Tags).Append('\n');
            if (claim.Said is not null)
            {
                builder.Append("    And said ").Append(claim.Said).Append('\n');
            }

            builder.Append("    And reviewed ").Append(claim.Reviewed).Append('\n');
            builder.Append("    And reviewer \"").Append(claim.Reviewer).Append("\"\n");
            if (claim.Supports.Count > 0)
            {
                builder.Append("    And supports ").AppendJoin(", ", claim.Supports).Append('\n');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
