using System;
using System.IO;

namespace FactCheck.Cli;

/// <summary>Where a command's result goes: standard output, or the <c>--out</c> file, written atomically.</summary>
internal static class CommandOutput
{
    /// <summary>The <c>--out</c> value that means standard output.</summary>
    public const string StandardOutputPath = "-";

    /// <summary>Writes a command's whole result.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <param name="outPath">The <c>--out</c> path as given; <see langword="null"/> or <c>-</c> for standard output.</param>
    /// <param name="content">The result.</param>
    /// <exception cref="InputException">The file cannot be written; an earlier file is left as it was.</exception>
    public static void Write(CliEnvironment environment, string? outPath, string content)
    {
        if (outPath is null or StandardOutputPath)
        {
            environment.Output.Write(content);
            return;
        }

        string fullPath = environment.FullPath(outPath);
        string shown = environment.DisplayPath(fullPath);
        if (Directory.Exists(fullPath))
        {
            throw new InputException($"cannot write '{shown}': it is a folder.");
        }

        try
        {
            AtomicFile.Write(fullPath, content, environment.CreateFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{shown}': {exception.Message}", exception);
        }
    }
}
