using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>Corrections through the command line: held to the clock's UTC date as the build holds them, refused by <c>report</c> with exit 1, carried by both exports.</summary>
public sealed class CorrectionCommandTests
{
    private const string Corrected = """
        claim: 'The world is waiting for Iran\'s response' source: 000 status: true
          id: world-waiting
          reviewed: 2026-11-21
          correction: 2026-11-25 'The claimant was wrong; the article is unsigned.'
          correction: 2026-11-30 'Added the date the claim was made.'
        """;

    private static readonly DateTimeOffset s_lateOn29th = new(2026, 11, 29, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Report_refuses_a_correction_after_the_day_after_the_clocks_UTC_date_with_its_place_and_exit_1()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Corrected);

        // 23:00 UTC on the 28th is already the 29th in Auckland, and not yet the 30th anywhere.
        CliResult result = CliResult.RunAt(s_lateOn29th.AddDays(-1), workspace.Root, "report", "--out", "report.html");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Contains("checks/a.check(5,15): error FC0031: This correction is dated 2026-11-30", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.PathOf("report.html")));
        Assert.Equal(ExitCodes.CheckErrors, CliResult.RunAt(s_lateOn29th.AddDays(-1), workspace.Root, "check").ExitCode);
    }

    [Fact]
    public void Report_shows_corrections_up_to_the_day_after_the_clocks_UTC_date()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Corrected);

        CliResult result = CliResult.RunAt(s_lateOn29th, workspace.Root, "report", "--out", "report.html");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        string page = File.ReadAllText(workspace.PathOf("report.html"));
        Assert.Contains("<section id=\"corrections\"", page, StringComparison.Ordinal);
        Assert.Contains("\"dateModified\":\"2026-11-30\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_export_carries_the_corrections_in_the_order_written()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Corrected);

        CliResult result = CliResult.RunAt(s_lateOn29th, workspace.Root, "export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] corrections = [.. json.RootElement.GetProperty("claims")[0].GetProperty("corrections").EnumerateArray()];
        Assert.Equal(["2026-11-25", "2026-11-30"], corrections.Select(correction => correction.GetProperty("date").GetString()));
        Assert.Equal("The claimant was wrong; the article is unsigned.", corrections[0].GetProperty("text").GetString());
    }

    [Fact]
    public void ClaimReview_export_gives_the_latest_correction_as_dateModified()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Corrected);

        CliResult result = CliResult.RunAt(s_lateOn29th, workspace.Root, "export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement review = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("2026-11-30", review.GetProperty("dateModified").GetString());
    }
}
