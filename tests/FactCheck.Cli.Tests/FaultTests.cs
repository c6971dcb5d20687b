using System.IO;
using System.Linq;

namespace FactCheck.Cli.Tests;

/// <summary>The command line when the disk fails it: one line on standard error, exit 2, the earlier output untouched.</summary>
public sealed class FaultTests
{
    private const string EarlierContent = "the earlier run's output\n";

    [Theory]
    [InlineData("check")]
    [InlineData("export", "--format", "json")]
    [InlineData("report")]
    public void A_full_disk_exits_2_with_one_line_and_keeps_the_earlier_file(params string[] command)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("out/result", EarlierContent);

        CliResult result = CliResult.Run(workspace.Root, path => new FullDiskStream(AtomicFile.CreateNew(path)), [.. command, "--out", "out/result"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        string[] failures = [.. result.Error.ReplaceLineEndings("\n").Split('\n').Where(line => line.StartsWith("factcheck:", System.StringComparison.Ordinal))];
        Assert.Equal([$"factcheck: cannot write 'out/result': {FullDiskStream.Message}"], failures);
        Assert.Equal(EarlierContent, workspace.Read("out/result"));
        Assert.Single(Directory.GetFiles(workspace.PathOf("out")));
    }
}
