using System.Collections.Generic;
using System.Linq;
using FactCheck.Compiled;
using FactCheck.Fields;

namespace FactCheck.Reports.Tests;

/// <summary>Builds runtime objects from records through the compiled form, the one way the generated code and the command line build them.</summary>
internal static class TestModel
{
    /// <summary>Builds the model, the claims in one file.</summary>
    public static (ClaimSet Claims, SourceSet Sources) Build(IEnumerable<SourceRecord> sources, params IEnumerable<ClaimRecord> claims)
    {
        ClaimSet set = CompiledModel.Build(sources, [claims.ToArray()], out SourceSet documents);
        return (set, documents);
    }

    /// <summary>A claim's record with its required fields; the caller sets the rest.</summary>
    public static ClaimRecord Claim(string id, string text, Verdict verdict, PassageRecord passage, string filePath, int line) => new()
    {
        Id = id,
        Text = text,
        Verdict = verdict.Keyword,
        Passage = passage,
        FilePath = filePath,
        Line = line,
        Column = 1,
    };

    /// <summary>Sets the optional texts of a claim that the page shows: claimant, note, reviewer and tags.</summary>
    public static void SetTexts(ClaimRecord claim, string? claimant = null, string? note = null, string? reviewer = null, params string[] tags)
    {
        claim[ClaimFields.By] = claimant;
        claim[ClaimFields.Note] = note;
        claim[ClaimFields.Reviewer] = reviewer;
        claim[ClaimFields.Tags] = tags;
    }

    /// <summary>A link's evidence.</summary>
    public static EvidenceRecord Link(string url) => new() { Url = url };

    /// <summary>A quote's evidence.</summary>
    public static EvidenceRecord Quote(SourceRecord source, string quote) => new() { Quote = quote, Passage = Passages.Find(source, quote) };
}
