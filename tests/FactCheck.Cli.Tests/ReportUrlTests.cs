using System;
using System.IO;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Cli.Tests;

/// <summary>One ClaimReview everywhere: <c>report</c> and <c>export</c> share <c>--report-url</c> and write the same JSON-LD.</summary>
public sealed class ReportUrlTests
{
    [Theory]
    [InlineData]
    [InlineData("--report-url", "https://example.org/r.html")]
    [InlineData("--report-url", "checks/report.html")]
    public void The_report_embeds_byte_for_byte_the_claimreview_export(params string[] reportUrl)
    {
        CliResult exported = CliResult.Run(RepositoryRoot.Path, ["export", "--format", "claimreview", .. reportUrl]);
        CliResult page = CliResult.Run(RepositoryRoot.Path, ["report", "--out", "-", .. reportUrl]);

        Assert.Equal(ExitCodes.Valid, exported.ExitCode);
        Assert.Equal(ExitCodes.Valid, page.ExitCode);
        Assert.Equal(exported.Output, EmbeddedJsonLd(page.Output));
    }

    [Theory]
    [InlineData(new string[0], "#claim-world-waiting")]
    [InlineData(new[] { "--report-url", "https://example.org/checks/report.html" }, "https://example.org/checks/report.html#claim-world-waiting")]
    [InlineData(new[] { "--report-url", "report.html" }, "report.html#claim-world-waiting")]
    public void Each_url_is_the_address_given_plus_the_claims_anchor(string[] reportUrl, string expected)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult exported = workspace.Run(["export", "--format", "claimreview", .. reportUrl]);
        CliResult page = workspace.Run(["report", "--out", "-", .. reportUrl]);

        Assert.Equal(ExitCodes.Valid, exported.ExitCode);
        Assert.Equal(expected, FirstUrl(exported.Output));
        Assert.Equal(expected, FirstUrl(EmbeddedJsonLd(page.Output)));
    }

    [Theory]
    [InlineData("report", "a b.html", "is not a well-formed address")]
    [InlineData("export", "a b.html", "is not a well-formed address")]
    [InlineData("report", "https://example.org/r.html#top", "has a fragment")]
    [InlineData("export", "report.html#top", "has a fragment")]
    public void An_address_that_cannot_take_the_anchor_is_refused_by_both_commands_alike(string command, string address, string message)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        string[] format = command == "export" ? ["--format", "claimreview"] : [];

        CliResult result = workspace.Run([command, .. format, "--report-url", address, "--out", "written"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"--report-url '{address}' {message}", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.PathOf("written")));
    }

    /// <summary>The text of the page's JSON-LD script, without the line breaks the page puts around it.</summary>
    private static string EmbeddedJsonLd(string html)
    {
        IElement? script = new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        return script.TextContent.Trim('\n');
    }

    private static string? FirstUrl(string jsonLd)
    {
        using JsonDocument json = JsonDocument.Parse(jsonLd);
        return json.RootElement.GetProperty("@graph")[0].GetProperty("url").GetString();
    }
}
