using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace FactCheck.Reports.Benchmarks;

/// <summary>How long a large report takes to render: to a stream, as the command line writes a file, and to a string.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private static readonly ReportOptions s_options = new() { Title = "Benchmark", GeneratedAt = new System.DateTimeOffset(2020, 3, 1, 0, 0, 0, System.TimeSpan.Zero) };

    private IReadOnlyList<Claim> _claims = [];
    private IReadOnlyList<SourceDocument> _sources = [];

    [Params(1_000, 10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void CreateChecks() => (_claims, _sources) = SyntheticChecks.Create(Claims);

    [Benchmark(Baseline = true)]
    public void WriteToStream() => ReportRenderer.Default.Write(Stream.Null, _claims, _sources, s_options);

    [Benchmark]
    public string RenderToString() => ReportRenderer.Default.Render(_claims, _sources, s_options);
}
