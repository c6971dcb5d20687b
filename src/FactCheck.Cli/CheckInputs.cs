using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Language.Reading;
using FactCheck.Language.Sources;

namespace FactCheck.Cli;

/// <summary>The files a command works on: the <c>.check</c> files found under the given paths and the documents of the sources folder.</summary>
/// <param name="CheckFiles">The <c>.check</c> files, ordered by path, each path as printed (relative to the current directory when under it).</param>
/// <param name="SourceFiles">The files of the sources folder, ordered by path.</param>
internal sealed record CheckInputs(IReadOnlyList<TextFile> CheckFiles, IReadOnlyList<TextFile> SourceFiles)
{
    /// <summary>The path used when none is given: the bundled checks of a repository.</summary>
    public const string DefaultCheckPath = "checks";

    private const string CheckExtension = ".check";

    // MSBuild's globs match names whatever their case, so the build compiles a.Check too.
    private static readonly EnumerationOptions s_checkFilePattern = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0 };

    private static readonly string[] s_skippedFolders = ["bin", "obj"];

    /// <summary>Finds and reads every input.</summary>
    /// <param name="environment">The current directory that relative paths start from.</param>
    /// <param name="paths">Files and folders; a folder is searched recursively for <c>.check</c> files, skipping <c>bin</c>, <c>obj</c>, hidden files and hidden folders.</param>
    /// <param name="sourcesFolder">The folder of source documents; its files are read, not its subfolders nor its hidden files.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="InputException">A path does not exist, a folder holds no <c>.check</c> file, or a file cannot be read.</exception>
    public static CheckInputs Read(CliEnvironment environment, IReadOnlyList<string> paths, string sourcesFolder)
    {
        TextFile[] checkFiles = FindCheckFiles(environment, paths)
            .Select(fullPath => ReadFile(environment, fullPath))
            .ToArray();
        TextFile[] sourceFiles = FindSourceFiles(environment, sourcesFolder)
            .Select(fullPath => ReadFile(environment, fullPath))
            .ToArray();
        return new CheckInputs(checkFiles, sourceFiles);
    }

    /// <summary>Finds and reads the <c>.check</c> files alone, as <see cref="Read"/> does, for a command that needs no sources.</summary>
    /// <param name="environment">The current directory that relative paths start from.</param>
    /// <param name="paths">Files and folders, searched as <see cref="Read"/> searches them.</param>
    /// <returns>Each file's full path, to write it back, and the file as read, its path as printed; ordered by path.</returns>
    /// <exception cref="InputException">A path does not exist, a folder holds no <c>.check</c> file, or a file cannot be read.</exception>
    public static IReadOnlyList<(string FullPath, TextFile File)> ReadCheckFiles(CliEnvironment environment, IReadOnlyList<string> paths) =>
        FindCheckFiles(environment, paths)
            .Select(fullPath => (fullPath, ReadFile(environment, fullPath)))
            .ToArray();

    /// <summary>Finds the <c>.check</c> files under the given paths, as every command does.</summary>
    /// <param name="environment">The current directory that relative paths start from.</param>
    /// <param name="paths">Files and folders; none means <see cref="DefaultCheckPath"/>.</param>
    /// <returns>The full paths, in ordinal order.</returns>
    /// <exception cref="InputException">A path does not exist, or a folder holds no <c>.check</c> file.</exception>
    public static SortedSet<string> FindCheckFiles(CliEnvironment environment, IReadOnlyList<string> paths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths.Count == 0 ? [DefaultCheckPath] : paths)
        {
            string fullPath = environment.FullPath(path);
            if (File.Exists(fullPath))
            {
                found.Add(fullPath);
            }
            else if (Directory.Exists(fullPath))
            {
                string[] checkFiles = [.. CheckFilesUnder(fullPath)];
                if (checkFiles.Length == 0)
                {
                    throw new InputException($"'{environment.DisplayPath(fullPath)}' holds no {CheckExtension} file.");
                }

                found.UnionWith(checkFiles);
            }
            else
            {
                throw new InputException($"'{environment.DisplayPath(fullPath)}' does not exist.");
            }
        }

        return found;
    }

    private static IEnumerable<string> CheckFilesUnder(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*" + CheckExtension, s_checkFilePattern))
        {
            if (file.EndsWith(CheckExtension, StringComparison.OrdinalIgnoreCase) && !IsHidden(file))
            {
                yield return file;
            }
        }

        foreach (string subfolder in Directory.EnumerateDirectories(folder))
        {
            if (!IsHidden(subfolder) && !s_skippedFolders.Contains(Path.GetFileName(subfolder), StringComparer.OrdinalIgnoreCase))
            {
                foreach (string file in CheckFilesUnder(subfolder))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Finds the documents of the sources folder, as every command does.</summary>
    /// <param name="environment">The current directory that a relative folder starts from.</param>
    /// <param name="sourcesFolder">The folder.</param>
    /// <returns>The full paths, in ordinal order.</returns>
    /// <exception cref="InputException">The folder does not exist or is a file.</exception>
    public static IEnumerable<string> FindSourceFiles(CliEnvironment environment, string sourcesFolder)
    {
        string fullPath = environment.FullPath(sourcesFolder);
        if (!Directory.Exists(fullPath))
        {
            string problem = File.Exists(fullPath) ? "is a file, not a folder" : "does not exist";
            throw new InputException($"sources folder '{environment.DisplayPath(fullPath)}' {problem}.");
        }

        return Directory.EnumerateFiles(fullPath)
            .Where(file => !IsHidden(file) && !file.EndsWith(CheckExtension, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Gets whether a file or folder found in a search is hidden, as the build's targets leave it out: its name starts with
    /// <c>.</c> (<c>.git</c>, <c>.DS_Store</c>, an editor's backup folder).
    /// </summary>
    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>Reads a file as the build reads it, under the path printed for it.</summary>
    /// <param name="environment">The current directory the printed path is relative to.</param>
    /// <param name="fullPath">The file.</param>
    /// <returns>The file as read.</returns>
    /// <exception cref="InputException">The file cannot be read.</exception>
    public static TextFile ReadFile(CliEnvironment environment, string fullPath)
    {
        string shown = environment.DisplayPath(fullPath);
        try
        {
            return TextDecoder.Decode(shown, RegularFile.ReadAllBytes(fullPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read '{shown}': {exception.Message}", exception);
        }
    }
}
