using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FactCheck.Generator.Tests.Build;

/// <summary>Runs <c>dotnet build</c> as the analysts do, with no build server left behind and a time limit.</summary>
public static class DotnetProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(8);

    /// <summary>The result of one build.</summary>
    /// <param name="ExitCode">The exit code.</param>
    /// <param name="Output">Standard output and standard error, interleaved as they came.</param>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs <c>dotnet build &lt;target&gt; -nologo -v:q</c> in <paramref name="workingDirectory"/>, without node reuse or a shared compiler.</summary>
    public static Task<Result> BuildAsync(string workingDirectory, string target, CancellationToken cancellationToken) =>
        BuildAsync(workingDirectory, target, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Runs <c>dotnet build</c> as <see cref="BuildAsync(string, string, CancellationToken)"/> does, with environment variables of the test's own.</summary>
    public static async Task<Result> BuildAsync(string workingDirectory, string target, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "build", target, "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host may run under MSBuild or dotnet test, whose variables would steer the child build.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            string name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach ((string name, string value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build {target} in {workingDirectory} did not finish within {s_timeout}:\n{Text(output)}");
        }

        // WaitForExitAsync returns once the streams are drained too.
        return new Result(process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
