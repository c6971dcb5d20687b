using System.IO;

namespace FactCheck.Cli.Tests;

/// <summary>What a run of the command line returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the real entry point in-process, in <paramref name="currentDirectory"/>.</summary>
    public static CliResult Run(string currentDirectory, params string[] args) => Run(currentDirectory, AtomicFile.CreateNew, args);

    /// <summary>Runs the real entry point in-process with its clock stopped at <paramref name="now"/>, the time corrections are held to without <c>SOURCE_DATE_EPOCH</c>.</summary>
    public static CliResult RunAt(System.DateTimeOffset now, string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CliApp.Run(args, new CliEnvironment(output, error, currentDirectory) { Clock = () => now });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the real entry point in-process, creating output files with <paramref name="createFile"/>.</summary>
    public static CliResult Run(string currentDirectory, System.Func<string, Stream> createFile, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CliApp.Run(args, new CliEnvironment(output, error, currentDirectory) { CreateFile = createFile });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
