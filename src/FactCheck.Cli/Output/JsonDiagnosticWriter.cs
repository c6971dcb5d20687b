using System.Linq;
using System.Text.Json.Nodes;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Output;

/// <summary>Writes diagnostics in the stable JSON shape documented in the README (<c>version</c> 1).</summary>
internal static class JsonDiagnosticWriter
{
    /// <summary>The version of the shape; it changes only when a field is removed or changes meaning.</summary>
    public const int ShapeVersion = 1;

    /// <summary>Writes the diagnostics and summary of a run.</summary>
    /// <param name="checks">The compiled checks.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(CompiledChecks checks)
    {
        DiagnosticSummary summary = checks.Summary;
        var document = new JsonObject
        {
            ["version"] = ShapeVersion,
            ["diagnostics"] = new JsonArray(checks.Compilation.Diagnostics.Select(ToJson).ToArray<JsonNode?>()),
            ["summary"] = new JsonObject
            {
                ["errors"] = summary.Errors,
                ["warnings"] = summary.Warnings,
                ["files"] = summary.Files,
                ["claims"] = summary.Claims,
            },
        };
        return JsonOutput.Serialize(document);
    }

    private static JsonObject ToJson(CheckDiagnostic diagnostic) => new()
    {
        ["id"] = diagnostic.Id,
        ["severity"] = SeverityName(diagnostic.Severity),
        ["message"] = diagnostic.Message,
        ["file"] = diagnostic.FilePath,
        ["line"] = diagnostic.Range.Start.Line,
        ["column"] = diagnostic.Range.Start.Column,
        ["endLine"] = diagnostic.Range.End.Line,
        ["endColumn"] = diagnostic.Range.End.Column,
    };

    /// <summary>Names a severity as the JSON and SARIF outputs spell it.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c> or <c>warning</c>.</returns>
    public static string SeverityName(CheckSeverity severity) => severity == CheckSeverity.Error ? "error" : "warning";
}
