using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language.Parsing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactCheck.Benchmarks;

/// <summary>Parsing alone: the same claims as one <c>.check</c> file, one Gherkin feature and one YAML document.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly IDeserializer s_yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private string _check = string.Empty;
    private string _gherkin = string.Empty;
    private string _yaml = string.Empty;

    [Params(1_000, 10_000)]
    public int Claims { get; set; }

    /// <summary>Gets the size of the <c>.check</c> text in UTF-16 characters, about its size in bytes.</summary>
    public int CheckLength => _check.Length;

    [GlobalSetup]
    public void CreateTexts()
    {
        ClaimCorpus corpus = ClaimCorpus.Create(Claims);
        _check = CheckFormat.Write(corpus.Claims);
        _gherkin = GherkinFormat.Write(corpus.Claims);
        _yaml = YamlFormat.Write(corpus.Claims);
        EnsureEveryFormatHoldsEveryClaim();
    }

    // Typed object: the parse result is FactCheck.Language's own, not its public API, and BenchmarkDotNet needs a public method.
    [Benchmark(Baseline = true)]
    public object FactCheck() => CheckParser.Parse("claims.check", _check);

    [Benchmark]
    public Gherkin.Ast.GherkinDocument Gherkin() => new Gherkin.Parser().Parse(new StringReader(_gherkin));

    [Benchmark]
    public List<YamlClaim> Yaml() => s_yaml.Deserialize<List<YamlClaim>>(_yaml);

    private void EnsureEveryFormatHoldsEveryClaim()
    {
        ParseResult check = CheckParser.Parse("claims.check", _check);
        int scenarios = 0;
        foreach (Gherkin.Ast.IHasLocation child in Gherkin().Feature.Children)
        {
            scenarios += child is Gherkin.Ast.Scenario ? 1 : 0;
        }

        int[] counts = [check.Syntax.Entries.Count, scenarios, Yaml().Count];
        if (check.Diagnostics.Count > 0 || Array.Exists(counts, count => count != Claims))
        {
            throw new InvalidOperationException($"Expected {Claims} claims in every format, read {string.Join(", ", counts)} ({check.Diagnostics.Count} syntax errors).");
        }
    }
}
