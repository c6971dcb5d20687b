using System;
using System.IO;

namespace FactCheck.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void A_missing_path_exits_2_naming_it()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("check", "checks/nope.check");

        AssertOneLineFailure(result, "factcheck: 'checks/nope.check' does not exist.");
    }

    [Fact]
    public void A_missing_default_checks_folder_exits_2_naming_it()
    {
        using var workspace = new Workspace();
        Directory.Delete(workspace.PathOf("checks"));

        CliResult result = workspace.Run("check");

        AssertOneLineFailure(result, "factcheck: 'checks' does not exist.");
    }

    [Fact]
    public void A_folder_without_check_files_exits_2_naming_it()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("check", "checks");

        AssertOneLineFailure(result, "factcheck: 'checks' holds no .check file.");
    }

    [Theory]
    [InlineData("documents", "factcheck: sources folder 'documents' does not exist.")]
    [InlineData("checks/valid.check", "factcheck: sources folder 'checks/valid.check' is a file, not a folder.")]
    public void A_sources_folder_that_is_not_a_folder_exits_2_naming_it(string sources, string message)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("check", "--sources", sources);

        AssertOneLineFailure(result, message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_diagnostic_at_its_first_undecodable_byte_not_an_unreadable_input()
    {
        using var workspace = new Workspace();
        workspace.WriteBytes("checks/latin1.check", [0x63, 0x6C, 0x61, 0x69, 0x6D, 0x3A, 0x20, 0x27, 0xE9, 0x27, 0x0A]);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.StartsWith("checks/latin1.check(1,9): error FC0018: ", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_source_document_that_is_not_utf8_is_a_diagnostic_and_the_checks_are_still_checked()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.WriteBytes("seeds/009_broken.txt", [0x61, 0xC3, 0x28]);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("seeds/009_broken.txt(1,2): error FC0018: ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_file_that_cannot_be_opened_exits_2_naming_it()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        // A link to itself: listed among the .check files, unreadable whoever runs the test (root reads a chmod 000 file).
        File.CreateSymbolicLink(workspace.PathOf("checks/loop.check"), "loop.check");

        CliResult result = workspace.Run("check");

        AssertOneLineFailure(result, $"factcheck: cannot read 'checks/loop.check': Too many levels of symbolic links : '{workspace.PathOf("checks/loop.check")}'");
    }

    [Fact]
    public void Paths_outside_the_current_directory_are_printed_in_full()
    {
        using var workspace = new Workspace();
        using var elsewhere = new Workspace();
        string invalid = elsewhere.Write("checks/invalid.check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check", invalid);

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.StartsWith($"{invalid.Replace('\\', '/')}(1,8): error FC0004: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("factcheck: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif' See 'factcheck check --help'.", "check", "--format", "xml")]
    [InlineData("factcheck: Option '--format' is required. See 'factcheck export --help'.", "export")]
    [InlineData("factcheck: Argument 'csv' not recognized. Must be one of: 'claimreview' 'json' See 'factcheck export --help'.", "export", "--format", "csv")]
    [InlineData("factcheck: Required argument missing for option: '--format'. See 'factcheck check --help'.", "check", "--format")]
    [InlineData("factcheck: Required command was not provided. Unrecognized command or argument 'verify'. See 'factcheck --help'.", "verify")]
    [InlineData("factcheck: Required command was not provided. See 'factcheck --help'.")]
    public void Bad_usage_exits_2_with_one_line_and_runs_nothing(string message, params string[] args)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run(args);

        AssertOneLineFailure(result, message);
    }

    [Fact]
    public void An_unexpected_failure_exits_2_with_one_line_and_no_stack_trace()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("check", "bad\0path.check");

        AssertOneLineFailure(result, "factcheck: unexpected failure: ArgumentException: Null character in path. (--verbose shows the stack trace)");
    }

    [Fact]
    public void Verbose_shows_the_stack_trace_of_an_unexpected_failure()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("check", "bad\0path.check", "--verbose");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(" at ", result.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLineFailure(CliResult result, string message)
    {
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal(message + Environment.NewLine, result.Error);
    }
}
