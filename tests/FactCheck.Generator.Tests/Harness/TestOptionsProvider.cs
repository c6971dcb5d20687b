using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>
/// The build's view of the project: global <c>build_property.*</c> values and, per additional file (by path, so a
/// replaced text keeps its metadata), <c>build_metadata.AdditionalFiles.FactCheckKind</c>.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string KindKey = "build_metadata.AdditionalFiles.FactCheckKind";

    private readonly IReadOnlyDictionary<string, string> _kindsByPath;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, IReadOnlyDictionary<string, string> kindsByPath)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(globalOptions);
        _kindsByPath = kindsByPath;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _kindsByPath.TryGetValue(textFile.Path, out string? kind)
            ? new TestAnalyzerConfigOptions(new Dictionary<string, string> { [KindKey] = kind })
            : TestAnalyzerConfigOptions.Empty;
}
