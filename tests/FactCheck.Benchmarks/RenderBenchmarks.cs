using System.IO;
using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language;
using FactCheck.Reports;

namespace FactCheck.Benchmarks;

/// <summary>How long a large report takes to render: to a stream, as the command line writes a file, and to a string.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private static readonly ReportOptions s_options = new() { Title = "Benchmark", GeneratedAt = new System.DateTimeOffset(2020, 3, 1, 0, 0, 0, System.TimeSpan.Zero) };

    private CheckModel _model = null!;

    [Params(1_000, 10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void CreateChecks()
    {
        ClaimCorpus corpus = ClaimCorpus.Create(Claims);
        _model = CheckCompilation.Compile([new("checks/claims.check", CheckFormat.Write(corpus.Claims))], corpus.Sources).ToModel(path => path);
    }

    [Benchmark(Baseline = true)]
    public void WriteToStream() => ReportRenderer.Default.Write(Stream.Null, _model.Claims, _model.Sources, s_options);

    [Benchmark]
    public string RenderToString() => ReportRenderer.Default.Render(_model.Claims, _model.Sources, s_options);
}
