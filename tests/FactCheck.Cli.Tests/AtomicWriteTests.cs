using System.IO;

namespace FactCheck.Cli.Tests;

public sealed class AtomicWriteTests
{
    private const string EarlierContent = "the earlier run's output\n";

    [Fact]
    public void A_check_that_cannot_read_its_input_keeps_the_earlier_file()
    {
        using var workspace = new Workspace();
        workspace.Write("out/diagnostics.sarif", EarlierContent);

        CliResult result = workspace.Run("check", "checks/nope.check", "--format", "sarif", "--out", "out/diagnostics.sarif");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(EarlierContent, workspace.Read("out/diagnostics.sarif"));
        Assert.Single(Directory.GetFiles(workspace.PathOf("out")));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("claimreview")]
    public void An_export_with_errors_writes_nothing_and_keeps_the_earlier_file(string format)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/invalid.check", Workspace.InvalidChecks);
        workspace.Write("out/export.json", EarlierContent);

        CliResult result = workspace.Run("export", "--format", format, "--out", "out/export.json");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("checks/invalid.check(1,8): error FC0004: ", result.Error, System.StringComparison.Ordinal);
        Assert.Equal(EarlierContent, workspace.Read("out/export.json"));
        Assert.Single(Directory.GetFiles(workspace.PathOf("out")));
    }

    [Fact]
    public void A_successful_run_replaces_the_earlier_file_and_leaves_no_temporary_file()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("out/export.json", EarlierContent);

        CliResult result = workspace.Run("export", "--format", "json", "--out", "out/export.json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.StartsWith("{", workspace.Read("out/export.json"), System.StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(workspace.PathOf("out")));
    }

    [Fact]
    public void Out_dash_means_standard_output()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("export", "--format", "json", "--out", "-");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.StartsWith("{", result.Output, System.StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(workspace.Root));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export", "--format", "json")]
    public void Out_pointing_at_a_folder_exits_2_and_writes_nothing(params string[] command)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        Directory.CreateDirectory(workspace.PathOf("out"));

        CliResult result = workspace.Run([.. command, "--out", "out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.EndsWith("factcheck: cannot write 'out': it is a folder.\n", result.Error.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(workspace.PathOf("out")));
        Assert.Empty(Directory.GetFiles(workspace.Root));
    }

    [Fact]
    public void Out_below_a_file_exits_2_naming_it_and_keeps_the_file()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("out", EarlierContent);

        CliResult result = workspace.Run("check", "--out", "out/diagnostics.txt");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("factcheck: cannot write 'out/diagnostics.txt': ", result.Error, System.StringComparison.Ordinal);
        Assert.Equal(EarlierContent, workspace.Read("out"));
    }
}
