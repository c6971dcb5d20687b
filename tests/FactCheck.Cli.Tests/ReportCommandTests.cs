using System;
using System.Diagnostics;
using System.IO;

namespace FactCheck.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void The_report_is_byte_for_byte_what_the_typed_path_writes()
    {
        using var workspace = new Workspace();
        string typedReport = workspace.PathOf("typed.html");
        string report = workspace.PathOf("report.html");

        // The typed path is the checks program itself, built by the source generator: `dotnet run --project checks`.
        var typed = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        typed.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Checks.dll"));
        typed.ArgumentList.Add("--out");
        typed.ArgumentList.Add(typedReport);
        using (Process process = Process.Start(typed)!)
        {
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output);
        }

        CliResult result = CliResult.Run(RepositoryRoot.Path, "report", "--title", "FactCheck: the analysts' checks", "--out", report);

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Empty(result.Error);
        Assert.Equal(File.ReadAllBytes(typedReport), File.ReadAllBytes(report));
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
        workspace.Write("page.sbn-html", "{{ for c in claims }}[{{ c.text }}]{{ end }}");

        CliResult result = workspace.Run("report", "--template", "page.sbn-html", "--out", "out/page.html");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Equal("[The world is waiting for Iran&#x27;s response][Iran can retaliate for the drone strike]", workspace.Read("out/page.html"));
    }

    [Theory]
    [InlineData("missing.sbn-html", "factcheck: template 'missing.sbn-html' does not exist.")]
    [InlineData("broken.sbn-html", "factcheck: template 'broken.sbn-html' is not valid Scriban: broken.sbn-html(1,")]
    public void A_template_that_cannot_be_used_exits_2_naming_it_and_keeps_the_earlier_report(string template, string message)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("broken.sbn-html", "{{ for c in claims }}never closed");
        workspace.Write("report.html", "the earlier report");

        CliResult result = workspace.Run("report", "--template", template);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Equal("the earlier report", workspace.Read("report.html"));
    }
}
