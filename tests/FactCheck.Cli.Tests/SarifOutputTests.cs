using System;
using System.Linq;
using System.Text.Json;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Cli.Tests;

/// <summary>The SARIF output has the shape SARIF 2.1.0 requires and GitHub code scanning reads.</summary>
public sealed class SarifOutputTests
{
    [Fact]
    public void Sarif_has_the_required_shape_with_a_rule_for_every_id_and_located_results()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", "--format", "sarif");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("FactCheck", driver.GetProperty("name").GetString());

        JsonElement[] rules = [.. driver.GetProperty("rules").EnumerateArray()];
        Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id), rules.Select(rule => rule.GetProperty("id").GetString()));
        foreach (JsonElement rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning" });
        }

        Assert.Equal("warning", rules.Single(rule => rule.GetProperty("id").GetString() == "FC0010").GetProperty("defaultConfiguration").GetProperty("level").GetString());

        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];
        Assert.Equal(3, results.Length);
        AssertResult(results[0], rules, "FC0004", "error", "checks/invalid.check", 1, 8);
        AssertResult(results[1], rules, "FC0003", "error", "checks/invalid.check", 4, 28);
        AssertResult(results[2], rules, "FC0010", "warning", "checks/valid.check", 8, 70);
    }

    [Fact]
    public void Sarif_messages_speak_of_the_declared_scale()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/scale.check", "scale: 'Truth-O-Meter' best: 6 worst: 1\nverdict: pants-on-fire label: 'Pants on Fire' rating: 7 meaning: 'Ridiculous.'\n");
        workspace.Write("checks/claim.check", "claim: 'The world is waiting for Iran\\'s response' source: 000 status: pants-on-fir\n");

        CliResult result = workspace.Run("check", "--format", "sarif");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] results = [.. Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray()).GetProperty("results").EnumerateArray()];
        Assert.Equal(["FC0005", "FC0021"], results.Select(found => found.GetProperty("ruleId").GetString()));
        Assert.Equal(
            "'pants-on-fir' is not a verdict of the scale 'Truth-O-Meter'. Did you mean 'pants-on-fire'? The verdicts are pants-on-fire.",
            results[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Contains("outside the scale 'Truth-O-Meter', which runs from 1 (worst) to 6 (best)", results[1].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_of_valid_checks_has_rules_and_no_results()
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, "check", "--format", "sarif");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(DiagnosticCatalog.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    private static void AssertResult(JsonElement result, JsonElement[] rules, string ruleId, string level, string uri, int line, int column)
    {
        Assert.Equal(ruleId, result.GetProperty("ruleId").GetString());
        Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal(level, result.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        JsonElement region = location.GetProperty("region");
        Assert.Equal(line, region.GetProperty("startLine").GetInt32());
        Assert.Equal(column, region.GetProperty("startColumn").GetInt32());
        Assert.True(region.GetProperty("endLine").GetInt32() >= line);
        Assert.True(region.GetProperty("endColumn").GetInt32() >= 1);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
    }
}
