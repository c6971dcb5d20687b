using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

public sealed partial class FmtCommandTests
{
    private const string Unformatted = "claim: 'ISIS has been defeated'   status: true source: 000 # checked\r\n  tags: b ,a\r\n";

    private const string Formatted = "claim: 'ISIS has been defeated'\n  source: 000 # checked\n  status: true\n  tags: b, a\n";

    [Fact]
    public void The_bundled_checks_are_formatted()
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, "fmt", "--check", "checks");

        Assert.True(result.ExitCode == ExitCodes.Valid, result.Output + result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Fmt_rewrites_the_files_not_formatted_prints_their_paths_and_a_second_run_changes_nothing()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Unformatted);
        workspace.Write("checks/b.check", Formatted);

        CliResult first = workspace.Run("fmt");
        CliResult second = workspace.Run("fmt");

        Assert.Equal(ExitCodes.Valid, first.ExitCode);
        Assert.Equal("checks/a.check\n", first.Output.ReplaceLineEndings("\n"));
        Assert.Empty(first.Error);
        Assert.Equal(Formatted, workspace.Read("checks/a.check"));
        Assert.Equal(Formatted, workspace.Read("checks/b.check"));
        Assert.Equal(ExitCodes.Valid, second.ExitCode);
        Assert.Empty(second.Output);
    }

    [Fact]
    public void Fmt_check_lists_the_files_not_formatted_exits_1_and_writes_nothing()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Unformatted);
        workspace.Write("checks/sub/b.check", Unformatted);
        workspace.Write("checks/c.check", Formatted);

        CliResult result = workspace.Run("fmt", "--check", "checks");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Equal("checks/a.check\nchecks/sub/b.check\n", result.Output.ReplaceLineEndings("\n"));
        Assert.Contains("2 files are not formatted", result.Error, StringComparison.Ordinal);
        Assert.Equal(Unformatted, workspace.Read("checks/a.check"));
        Assert.Equal(Unformatted, workspace.Read("checks/sub/b.check"));
        Assert.Equal(new[] { "a.check", "b.check", "c.check" }, Directory.EnumerateFiles(workspace.PathOf("checks"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Fmt_check_exits_0_when_every_file_is_formatted()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Formatted);

        CliResult result = workspace.Run("fmt", "--check");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_file_with_a_syntax_error_is_reported_and_left_untouched_while_the_others_are_formatted()
    {
        using var workspace = new Workspace();
        const string Broken = "claim: 'ISIS has been defeated'   source: 000 status: 'true\n";
        workspace.Write("checks/broken.check", Broken);
        workspace.Write("checks/good.check", Unformatted);

        CliResult result = workspace.Run("fmt");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Equal("checks/good.check\n", result.Output.ReplaceLineEndings("\n"));
        Assert.StartsWith("checks/broken.check(1,55): error FC0001: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("'checks/broken.check' was left as it is", result.Error, StringComparison.Ordinal);
        Assert.Equal(Broken, workspace.Read("checks/broken.check"));
        Assert.Equal(Formatted, workspace.Read("checks/good.check"));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_and_left_untouched()
    {
        using var workspace = new Workspace();
        byte[] windows1252 = [.. "claim: 'caf"u8, 0xE9, .. "' source: 000 status: true\n"u8];
        workspace.WriteBytes("checks/latin.check", windows1252);

        CliResult result = workspace.Run("fmt");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        Assert.Contains("error FC0018", result.Error, StringComparison.Ordinal);
        Assert.Equal(windows1252, File.ReadAllBytes(workspace.PathOf("checks/latin.check")));
    }

    [Fact]
    public void A_write_that_fails_leaves_the_file_as_it_was_and_exits_2()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/a.check", Unformatted + new string('#', 100) + "\n");

        CliResult result = CliResult.Run(workspace.Root, path => new FullDiskStream(AtomicFile.CreateNew(path)), "fmt");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("cannot write 'checks/a.check'", result.Error, StringComparison.Ordinal);
        Assert.Equal(Unformatted + new string('#', 100) + "\n", workspace.Read("checks/a.check"));
        Assert.Single(Directory.EnumerateFiles(workspace.PathOf("checks")));
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("fmt", "missing.check");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'missing.check' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_a_copy_of_the_bundled_checks_keeps_their_diagnostics_and_export()
    {
        using var workspace = new Workspace();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "checks"), "*.check"))
        {
            string text = File.ReadAllText(file);
            // Undo the canonical layout without touching a string (some span lines): every field joined to the line before, and extra blank lines.
            string unformatted = FieldLine().Replace(text, "   $1").Replace("\n\n", "\n\n\n", StringComparison.Ordinal);
            Assert.NotEqual(text, unformatted);
            workspace.Write(Path.Combine("checks", Path.GetFileName(file)), unformatted);
        }

        CliResult checkBefore = workspace.Run("check");
        CliResult exportBefore = workspace.Run("export", "--format", "json");
        CliResult fmt = workspace.Run("fmt");
        CliResult checkAfter = workspace.Run("check");
        CliResult exportAfter = workspace.Run("export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, fmt.ExitCode);
        Assert.NotEmpty(fmt.Output);
        Assert.Equal(ExitCodes.Valid, workspace.Run("fmt", "--check").ExitCode);
        Assert.Equal(checkBefore.ExitCode, checkAfter.ExitCode);
        Assert.Equal(checkBefore.Output.Split('\n')[^2], checkAfter.Output.Split('\n')[^2]);
        Assert.Equal(ExitCodes.Valid, exportAfter.ExitCode);
        Assert.Equal(WithoutLines(exportBefore.Output), WithoutLines(exportAfter.Output));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "checks"), "*.check"))
        {
            Assert.Equal(File.ReadAllText(file), workspace.Read(Path.Combine("checks", Path.GetFileName(file))));
        }
    }

    /// <summary>The export without where each claim stands in its file, which formatting moves.</summary>
    private static string WithoutLines(string json) => LineAndColumn().Replace(json, string.Empty);

    [GeneratedRegex(@"\n  ([a-z]+:)")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"""(line|column)"": *\d+")]
    private static partial Regex LineAndColumn();
}
