using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FactCheck.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Valid_checks_exit_0_and_print_each_warning_then_the_summary()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 file, 2 claims: 0 errors, 1 warning.", lines[1]);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Error_diagnostics_exit_1_in_the_msbuild_form()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", "checks", "--sources", "seeds");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("checks/invalid.check(1,8): error FC0004: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("checks/invalid.check(4,28): error FC0003: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("2 files, 2 claims: 2 errors, 1 warning.", lines[3]);
    }

    [Fact]
    public void A_check_file_and_a_source_over_the_size_limits_are_refused_with_FC0015_and_the_rest_is_checked()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/huge.check", "# a log pasted by mistake\n" + new string('x', 8_388_608));
        workspace.Write("seeds/huge_1.txt", new string('y', 4_194_305));

        CliResult result = workspace.Run("check", "checks", "--sources", "seeds");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("checks/huge.check(1,1): error FC0015: This .check file has 8,388,634 characters, over the limit of 8,388,608 for one file, so it is not read: split it into several .check files.", lines[0]);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("seeds/huge_1.txt(1,1): error FC0015: Source document 'huge_1.txt' has 4,194,305 characters, over the limit of 4,194,304 for a source, so it is not read: split it, or keep an excerpt with the passages you check.", lines[2]);
        Assert.Equal("2 files, 2 claims: 2 errors, 1 warning.", lines[^1]);
    }

    [Fact]
    public void Json_format_gives_the_documented_shape()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", "--format", "json");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        JsonElement first = root.GetProperty("diagnostics")[0];
        Assert.Equal("FC0004", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Contains("Iran invaded the moon", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("checks/invalid.check", first.GetProperty("file").GetString());
        Assert.Equal(1, first.GetProperty("line").GetInt32());
        Assert.Equal(8, first.GetProperty("column").GetInt32());
        Assert.Equal(1, first.GetProperty("endLine").GetInt32());
        Assert.Equal(31, first.GetProperty("endColumn").GetInt32());
        JsonElement summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(0, summary.GetProperty("claims").GetInt32());
    }

    [Fact]
    public void With_no_path_it_checks_the_bundled_checks_against_the_seeds()
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, "check");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.EndsWith("4 files, 33 claims: 0 errors, 0 warnings.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_200_files_is_searched_recursively_skipping_bin_and_obj()
    {
        using var workspace = new Workspace();
        for (int i = 0; i < 200; i++)
        {
            workspace.Write(
                $"checks/part{i % 7}/claim{i:D3}.check",
                $"claim: 'The world is waiting for Iran\\'s response' source: 000 status: true\n  id: claim-{i:D3}\n");
        }

        workspace.Write("checks/bin/stale.check", Workspace.InvalidChecks);
        workspace.Write("checks/part0/obj/stale.check", Workspace.InvalidChecks);
        workspace.Write("checks/.hidden/stale.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", "checks");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Equal("200 files, 200 claims: 0 errors, 0 warnings.\n", result.Output);
    }

    [Fact]
    public void Files_and_folders_may_be_mixed_and_each_file_is_read_once()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("more/other.check", "claim: 'Iran can retaliate' source: 000 status: mostly-true\n");

        CliResult result = workspace.Run("check", "checks/valid.check", "checks", "./more/other.check", "more");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.EndsWith("2 files, 3 claims: 0 errors, 1 warning.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_diagnostics_to_the_file_and_nothing_to_standard_output()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", "--out", "artifacts/diagnostics.txt");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("checks/invalid.check(1,8): error FC0004: ", workspace.Read("artifacts/diagnostics.txt"), StringComparison.Ordinal);
        Assert.Equal(["diagnostics.txt"], Directory.GetFiles(workspace.PathOf("artifacts")).Select(Path.GetFileName));
    }
}
