using System.Collections.Generic;

namespace FactCheck.Benchmarks.Corpus;

/// <summary>A claim as YamlDotNet reads it: a plain class with a property per field.</summary>
public sealed class YamlClaim
{
    public string Claim { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string By { get; set; } = string.Empty;

    public List<YamlEvidence> Evidence { get; set; } = [];

    public string Note { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    public string? Said { get; set; }

    public string Reviewed { get; set; } = string.Empty;

    public string Reviewer { get; set; } = string.Empty;

    public List<string> Supports { get; set; } = [];
}

/// <summary>One evidence passage of a <see cref="YamlClaim"/>.</summary>
public sealed class YamlEvidence
{
    public string Source { get; set; } = string.Empty;

    public string Quote { get; set; } = string.Empty;
}
