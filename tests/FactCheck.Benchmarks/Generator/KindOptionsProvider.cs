using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCheck.Benchmarks.Generator;

/// <summary>The build's view of the project: the root namespace, and each additional file's <c>FactCheckKind</c> by path.</summary>
internal sealed class KindOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions s_none = new(new Dictionary<string, string>());
    private static readonly DictionaryOptions s_check = Kind("check");
    private static readonly DictionaryOptions s_source = Kind("source");

    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new DictionaryOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Checks", ["build_property.ProjectDir"] = "/project/" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".check", System.StringComparison.Ordinal) ? s_check : s_source;

    private static DictionaryOptions Kind(string kind) =>
        new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactCheckKind"] = kind });

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
