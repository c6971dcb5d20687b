using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Generator.Tests.Harness;

namespace FactCheck.Generator.Tests.Differential;

/// <summary>A temporary project folder on disk: <c>checks/</c> and <c>seeds/</c>, as both the build and <c>factcheck</c> find them.</summary>
public sealed class InputFolder : IDisposable
{
    public InputFolder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "checks"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
    }

    /// <summary>Gets the project folder, with no trailing separator.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "factcheck-differential-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file at a path relative to the project folder, creating its folders.</summary>
    public InputFolder Write(string relativePath, byte[] bytes)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a file as UTF-8 without a byte order mark.</summary>
    public InputFolder Write(string relativePath, string text) => Write(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Copies every file of a folder (not its sub-folders) into a folder of the project.</summary>
    public InputFolder CopyFiles(string fromFolder, string toRelativeFolder)
    {
        foreach (string file in Directory.GetFiles(fromFolder))
        {
            Write(Path.Combine(toRelativeFolder, Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        return this;
    }

    /// <summary>
    /// Gets a generator harness over the files the build's targets select, read from disk as the compiler reads them:
    /// every <c>**/*.check</c> (the extension in any case, as MSBuild's globs match) and every other file of <c>seeds/</c>,
    /// hidden files and folders and bin and obj left out.
    /// </summary>
    public GeneratorHarness Harness()
    {
        // The clock's date in UTC, as FactCheck.targets gives the build and factcheck takes it without SOURCE_DATE_EPOCH.
        var harness = new GeneratorHarness { ProjectDir = Root + "/", FactCheckToday = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var anyCase = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (string path in Directory.EnumerateFiles(Root, "*.check", anyCase).Where(IsBuildInput).Order(StringComparer.Ordinal))
        {
            harness.AddFile(path, File.ReadAllBytes(path), "check");
        }

        foreach (string path in Directory.EnumerateFiles(Path.Combine(Root, "seeds")).Where(path => IsBuildInput(path) && !path.EndsWith(".check", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            harness.AddFile(path, File.ReadAllBytes(path), "source");
        }

        return harness;
    }

    /// <summary>Gets a path relative to the project folder, with <c>/</c>.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private bool IsBuildInput(string path)
    {
        IEnumerable<string> segments = Relative(path).Split('/');
        return !segments.Any(segment => segment.StartsWith('.') || segment is "bin" or "obj");
    }
}
