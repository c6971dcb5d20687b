using System.Collections.Generic;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>One generated claim, with the fields the bundled checks use, before it is written in any format.</summary>
internal sealed record CorpusClaim(
    string Id,
    string Text,
    string SourceId,
    string Status,
    string By,
    string Note,
    IReadOnlyList<string> Tags,
    string? Said,
    string Reviewed,
    string Reviewer,
    IReadOnlyList<CorpusEvidence> Evidence,
    IReadOnlyList<string> Supports);

/// <summary>A passage of a source that backs a claim; every claim has one or two, as a misleading or false verdict must say why.</summary>
internal sealed record CorpusEvidence(string SourceId, string Quote);
