using System;

namespace FactCheck.Cli.Tests;

/// <summary>
/// The files `factcheck` reads are the files the build reads: hidden files and folders (a name starting with '.') are left
/// out, a file of the sources folder whose name gives no word for an id is reported (FC0019), and the text the generated
/// code would embed is held under its limit (FC0015), as the build holds it.
/// </summary>
public sealed class InputFilesTests
{
    [Fact]
    public void Hidden_check_files_and_folders_and_hidden_sources_are_left_out()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/.old/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/sub/.draft.check", Workspace.InvalidChecks);
        workspace.Write("checks/sub/.git/x.check", Workspace.InvalidChecks);
        workspace.Write("seeds/.gitkeep", string.Empty);
        workspace.Write("seeds/.DS_Store", "\0\0binary");

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Equal("1 file, 2 claims: 0 errors, 1 warning.", result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void A_check_file_is_found_whatever_the_case_of_its_extension_as_the_build_finds_it()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("checks/upper.CHECK", Workspace.InvalidChecks);
        workspace.Write("checks/mixed.Check", Workspace.InvalidChecks);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Contains("checks/upper.CHECK(", result.Output, StringComparison.Ordinal);
        Assert.Contains("checks/mixed.Check(", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_file_in_the_sources_folder_is_not_a_source()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", "claim: 'Notes' source: notes status: true\n");
        workspace.Write("seeds/notes.check", "# notes\n");
        workspace.Write("seeds/notes_1.txt", "Notes.");

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.DoesNotContain("FC0014", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_file_whose_name_gives_no_word_gets_FC0019_and_is_not_a_source()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", "claim: 'Words with a space' source: a status: true\n");
        workspace.Write("seeds/a b_1.txt", "Words with a space.");

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("checks/a.check(1,37): error FC0003: No source document has the id 'a'.", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            "seeds/a b_1.txt(1,1): error FC0019: The file name 'a b_1.txt' gives the id 'a b', which is not a word ([A-Za-z0-9][A-Za-z0-9._-]*) that a claim can name, so this file is not a source: rename it so that its name up to the first '_' is a word (such as 'a-b').",
            lines[1]);
    }

    [Fact]
    public void Sources_past_the_generated_codes_text_limit_get_the_builds_FC0015()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("seeds/big_1.txt", new string('x', 4_000_000));
        workspace.Write("seeds/bigger_1.txt", new string('y', 4_100_000));

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string budget = Assert.Single(result.Output.Split('\n'), line => line.Contains("FC0015", StringComparison.Ordinal));
        Assert.StartsWith("seeds/bigger_1.txt(1,1): error FC0015: The claims and sources of this project hold ", budget, StringComparison.Ordinal);
        Assert.EndsWith("characters of text, over the 7,340,032 that the generated code can hold as string literals (the C# compiler's limit, CS8103); this file holds the most: move some checks and their sources to another project.", budget, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Output.Split('\n'), line => line.Contains("error FC", StringComparison.Ordinal) && !line.Contains("FC0015", StringComparison.Ordinal));
    }
}
