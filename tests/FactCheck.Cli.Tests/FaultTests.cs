using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FactCheck.Cli.Tests;

/// <summary>The command line when files or the disk fail it: one line on standard error, exit 2, the earlier output untouched.</summary>
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

    [Theory]
    [InlineData("checks/pipe.check", "factcheck: cannot read 'checks/pipe.check': it is not a regular file (a pipe or a device).")]
    [InlineData("seeds/009_pipe.txt", "factcheck: cannot read 'seeds/009_pipe.txt': it is not a regular file (a pipe or a device).")]
    public async Task A_named_pipe_for_an_input_exits_2_with_one_line_instead_of_waiting_forever(string path, string message)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        using (Process mkfifo = Process.Start("mkfifo", workspace.PathOf(path)))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A hang fails the test with a TimeoutException after a minute, rather than hanging the run.
        CliResult result = await Task.Run(() => workspace.Run("check"), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("checks/valid.check")]
    [InlineData("seeds/000_485e55baddcabb7a.txt")]
    public void A_locked_input_exits_2_with_one_line_and_keeps_the_earlier_output(string path)
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);
        workspace.Write("out/result", EarlierContent);

        // .NET takes an exclusive lock (flock on Unix) for FileShare.None, which other readers of the file honour.
        CliResult result;
        using (new FileStream(workspace.PathOf(path), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            result = workspace.Run("check", "--out", "out/result");
        }

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        string error = result.Error.ReplaceLineEndings("\n");
        Assert.Equal($"factcheck: cannot read '{path}': another process holds it locked; try again when it is done.\n", error);
        Assert.Equal(EarlierContent, workspace.Read("out/result"));
    }
}
