using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language;
using FactCheck.Language.Sources;

namespace FactCheck.Benchmarks;

/// <summary>Parsing and validating: binding every field and finding every quote in its source.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private TextFile[] _checks = [];
    private IReadOnlyList<TextFile> _sources = [];

    [Params(1_000, 10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void CreateFiles()
    {
        ClaimCorpus corpus = ClaimCorpus.Create(Claims);
        _checks = [new TextFile("checks/claims.check", CheckFormat.Write(corpus.Claims))];
        _sources = corpus.Sources;
        CheckCompilation compilation = Compile();
        if (compilation.HasErrors || compilation.Set.Claims.Count != Claims)
        {
            throw new InvalidOperationException($"Expected {Claims} valid claims, compiled {compilation.Set.Claims.Count}; first diagnostic: {(compilation.Diagnostics.Count > 0 ? compilation.Diagnostics[0] : null)}");
        }
    }

    [Benchmark]
    public CheckCompilation Compile() => CheckCompilation.Compile(_checks, _sources);
}
