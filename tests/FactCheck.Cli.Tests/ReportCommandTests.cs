using System;
using System.IO;
using FactCheck.Reports;

namespace FactCheck.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void The_report_is_byte_for_byte_what_the_typed_claims_render_to()
    {
        const string Title = "FactCheck: the analysts' checks";
        using var typed = new MemoryStream();
        ReportRenderer.Default.Write(typed, Checks.Claims.All, Checks.Sources.All, ReportOptions.FromEnvironment() with { Title = Title });
        using var workspace = new Workspace();
        string report = workspace.PathOf("report.html");

        CliResult result = CliResult.Run(RepositoryRoot.Path, "report", "--title", Title, "--out", report);

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Empty(result.Error);
        Assert.Equal(typed.ToArray(), File.ReadAllBytes(report));
    }

    [Fact]
    public void A_report_with_errors_writes_nothing_and_keeps_the_earlier_report()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);
        workspace.Write("report.html", "the earlier report");

        CliResult result = workspace.Run("report");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Contains("checks/invalid.check(1,8): error FC0004: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("the earlier report", workspace.Read("report.html"));
        Assert.Single(Directory.GetFiles(workspace.Root));
    }

    [Fact]
    public void Out_dash_writes_the_report_to_standard_output()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("report", "--out", "-");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(workspace.Root));
    }

    [Fact]
    public void A_template_of_ones_own_replaces_the_page()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("page.hbs", "{{#each claims}}[{{text}}]{{/each}}");

        CliResult result = workspace.Run("report", "--template", "page.hbs", "--out", "out/page.html");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Equal("[The world is waiting for Iran&#x27;s response][Iran can retaliate for the drone strike]", workspace.Read("out/page.html"));
    }

    [Theory]
    [InlineData("missing.hbs", "factcheck: template 'missing.hbs' does not exist.")]
    [InlineData("broken.hbs", "factcheck: template 'broken.hbs' is not valid Handlebars: ")]
    public void A_template_that_cannot_be_used_exits_2_naming_it_and_keeps_the_earlier_report(string template, string message)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("broken.hbs", "{{#each claims}}never closed");
        workspace.Write("report.html", "the earlier report");

        CliResult result = workspace.Run("report", "--template", template);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Equal("the earlier report", workspace.Read("report.html"));
    }
}
