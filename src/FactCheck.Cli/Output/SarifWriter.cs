using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Output;

/// <summary>Writes diagnostics as SARIF 2.1.0, the shape GitHub code scanning reads.</summary>
internal static class SarifWriter
{
    /// <summary>The SARIF schema the output follows.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base id that relative artifact locations are relative to: the folder the command ran in.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The tool name GitHub shows for the results.</summary>
    public const string ToolName = "FactCheck";

    /// <summary>Writes the diagnostics of a run as one SARIF run, with a rule for every id of <see cref="DiagnosticCatalog.All"/>.</summary>
    /// <param name="checks">The compiled checks.</param>
    /// <returns>The SARIF log as JSON text.</returns>
    public static string Write(CompiledChecks checks)
    {
        Dictionary<string, int> ruleIndex = DiagnosticCatalog.All
            .Select((descriptor, index) => (descriptor.Id, index))
            .ToDictionary(rule => rule.Id, rule => rule.index, StringComparer.Ordinal);
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = ToolName,
                        ["semanticVersion"] = ToolVersion(),
                        ["rules"] = new JsonArray(DiagnosticCatalog.All.Select(ToRule).ToArray<JsonNode?>()),
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = new JsonArray(checks.Compilation.Diagnostics
                    .Select(diagnostic => ToResult(diagnostic, ruleIndex[diagnostic.Id]))
                    .ToArray<JsonNode?>()),
            }),
        };
        return JsonOutput.Serialize(log);
    }

    private static JsonObject ToRule(CheckDiagnosticDescriptor descriptor) => new()
    {
        ["id"] = descriptor.Id,
        ["name"] = RuleName(descriptor.Title),
        ["shortDescription"] = new JsonObject { ["text"] = descriptor.Title },
        ["fullDescription"] = new JsonObject { ["text"] = descriptor.Description },
        ["help"] = new JsonObject { ["text"] = descriptor.Description },
        ["defaultConfiguration"] = new JsonObject { ["level"] = JsonDiagnosticWriter.SeverityName(descriptor.Severity) },
    };

    private static JsonObject ToResult(CheckDiagnostic diagnostic, int ruleIndex) => new()
    {
        ["ruleId"] = diagnostic.Id,
        ["ruleIndex"] = ruleIndex,
        ["level"] = JsonDiagnosticWriter.SeverityName(diagnostic.Severity),
        ["message"] = new JsonObject { ["text"] = diagnostic.Message },
        ["locations"] = new JsonArray(new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = ArtifactLocation(diagnostic.FilePath),
                ["region"] = new JsonObject
                {
                    ["startLine"] = diagnostic.Range.Start.Line,
                    ["startColumn"] = diagnostic.Range.Start.Column,
                    ["endLine"] = diagnostic.Range.End.Line,
                    ["endColumn"] = diagnostic.Range.End.Column,
                },
            },
        }),
    };

    private static JsonObject ArtifactLocation(string filePath)
    {
        if (Path.IsPathRooted(filePath))
        {
            return new JsonObject { ["uri"] = new Uri(filePath).AbsoluteUri };
        }

        return new JsonObject
        {
            ["uri"] = string.Join('/', filePath.Split('/').Select(Uri.EscapeDataString)),
            ["uriBaseId"] = SourceRootBaseId,
        };
    }

    private static string RuleName(string title) => string.Concat(title
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string ToolVersion()
    {
        string version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(SarifWriter).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        int metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
