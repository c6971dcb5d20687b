using System;
using System.IO;

namespace FactCheck.Cli;

/// <summary>What a run of the command line writes to and where it runs: the console streams and the current directory.</summary>
/// <param name="Output">Standard output: the command's result when it is not written to a file.</param>
/// <param name="Error">Standard error: usage errors, unreadable input, and diagnostics that stop a report or export.</param>
/// <param name="CurrentDirectory">The folder relative paths are resolved against and printed relative to.</param>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error, string CurrentDirectory)
{
    /// <summary>Gets how an output file is created: a new file on disk, unless a test simulates a full disk.</summary>
    public Func<string, Stream> CreateFile { get; init; } = AtomicFile.CreateNew;

    /// <summary>Gets the clock, read only for the date corrections are held to when <c>SOURCE_DATE_EPOCH</c> is not set; tests fix it.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = static () => DateTimeOffset.UtcNow;

    /// <summary>Resolves a path given on the command line against <see cref="CurrentDirectory"/>.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The full path.</returns>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>Gets the path to print for a file: relative to <see cref="CurrentDirectory"/> when under it, else full; with forward slashes.</summary>
    /// <param name="fullPath">A full path.</param>
    /// <returns>The path to show.</returns>
    public string DisplayPath(string fullPath)
    {
        string relative = Path.GetRelativePath(CurrentDirectory, fullPath);
        bool outside = relative == ".."
            || relative.StartsWith("../", StringComparison.Ordinal)
            || relative.StartsWith(@"..\", StringComparison.Ordinal)
            || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }
}
