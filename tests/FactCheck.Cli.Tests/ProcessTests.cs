using System;
using System.Diagnostics;
using System.IO;

namespace FactCheck.Cli.Tests;

/// <summary>The built tool, run as a real process: the entry point a user's shell calls.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_built_tool_checks_the_bundled_checks_and_exits_0()
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "FactCheck.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("check");

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));

        Assert.Equal(ExitCodes.Valid, process.ExitCode);
        Assert.Equal("4 files, 33 claims: 0 errors, 0 warnings.\n", output);
        Assert.Empty(error);
    }
}
