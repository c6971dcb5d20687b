using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FactCheck.Cli.Commands;
using FactCheck.Language;
using FactCheck.Language.Sources;

namespace FactCheck.Cli.Lsp;

/// <summary>
/// The files the editor works on, found as the build finds them: the nearest project's folder and its
/// <c>FactCheckSources</c>, else, with no project, what <c>factcheck check</c> run at the root reads (<c>checks</c> and
/// <c>seeds</c>). Open documents override the disk; files read from disk are kept until a watched-file event says they changed.
/// </summary>
internal sealed class LspWorkspace
{
    private const string ProjectPattern = "*.csproj";
    private const int MaxProjectSearchDepth = 3;

    private readonly CliEnvironment _environment;
    private readonly string _checkRoot;
    private readonly object _gate = new();
    private readonly Dictionary<string, TextFile> _disk = new(StringComparer.Ordinal);
    private string[]? _checkFiles;
    private string[]? _sourceFiles;
    private CheckCompilation? _previous;

    /// <summary>Initializes a new instance of the <see cref="LspWorkspace"/> class for a folder.</summary>
    /// <param name="root">The workspace folder: paths in messages are relative to it, as for <c>factcheck check</c> run there.</param>
    public LspWorkspace(string root)
    {
        string fullRoot = Path.GetFullPath(root);
        _environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, fullRoot);
        if (FindProject(fullRoot) is { } project)
        {
            string projectFolder = Path.GetDirectoryName(project)!;
            _checkRoot = projectFolder;
            SourcesFolder = Path.GetFullPath(SourcesSetting(project) ?? ProjectDefaults.SourcesFolder, projectFolder);
        }
        else
        {
            _checkRoot = _environment.FullPath(CheckInputs.DefaultCheckPath);
            SourcesFolder = _environment.FullPath(ProjectDefaults.SourcesFolder);
        }
    }

    /// <summary>Gets the full path of the sources folder.</summary>
    public string SourcesFolder { get; }

    /// <summary>Gets the open documents, by full path: the editor's text, not the disk's.</summary>
    public ImmutableDictionary<string, string> OpenDocuments { get; private set; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the path printed for a file: relative to the root when under it, as the command line prints it.</summary>
    /// <param name="fullPath">A full path.</param>
    /// <returns>The path shown in diagnostics.</returns>
    public string DisplayPath(string fullPath) => _environment.DisplayPath(fullPath);

    /// <summary>Gets the full path of a path shown in diagnostics.</summary>
    /// <param name="displayPath">A path relative to the root, or a full path.</param>
    /// <returns>The full path.</returns>
    public string FullPath(string displayPath) => _environment.FullPath(displayPath);

    /// <summary>Records the editor's text of a document.</summary>
    /// <param name="fullPath">The document.</param>
    /// <param name="text">Its text.</param>
    public void SetOpen(string fullPath, string text) => OpenDocuments = OpenDocuments.SetItem(fullPath, text);

    /// <summary>Forgets the editor's text of a closed document: the disk's counts again.</summary>
    /// <param name="fullPath">The document.</param>
    public void Close(string fullPath)
    {
        OpenDocuments = OpenDocuments.Remove(fullPath);
        FileChanged(fullPath, created: false);
    }

    /// <summary>Forgets what was read of a file that changed on disk; a file created or deleted means searching again.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="created">Whether the file was created or deleted rather than changed.</param>
    public void FileChanged(string fullPath, bool created)
    {
        lock (_gate)
        {
            _disk.Remove(fullPath);
            if (created)
            {
                _checkFiles = null;
                _sourceFiles = null;
            }
        }
    }

    /// <summary>Reads the workspace as it stands, open documents over the disk, and compiles it.</summary>
    /// <param name="openDocuments">The open documents captured when the work was asked for.</param>
    /// <returns>The compiled workspace.</returns>
    public WorkspaceSnapshot Compile(ImmutableDictionary<string, string> openDocuments)
    {
        List<TextFile> checkFiles;
        List<TextFile> sourceFiles;
        CheckCompilation? previous;
        lock (_gate)
        {
            _checkFiles ??= FindCheckFiles();
            _sourceFiles ??= FindSourceFiles();
            IEnumerable<string> openChecks = openDocuments.Keys.Where(path => IsCheckFile(path) && !IsUnder(path, SourcesFolder));
            checkFiles = _checkFiles.Union(openChecks, StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(path => Read(path, openDocuments))
                .ToList();
            sourceFiles = _sourceFiles.Select(path => Read(path, openDocuments)).ToList();
            previous = _previous;
        }

        // Only the edited files are parsed and bound again; the result is what a compilation from scratch gives.
        CheckCompilation compilation = CheckCompilation.Compile(checkFiles, sourceFiles, previous, CorrectionDate());
        lock (_gate)
        {
            _previous = compilation;
        }

        return new WorkspaceSnapshot(this, compilation, checkFiles, sourceFiles);
    }

    /// <summary>Gets the date corrections are held to, as <c>factcheck check</c> takes it; with a malformed <c>SOURCE_DATE_EPOCH</c>, which <c>check</c> refuses, the clock's.</summary>
    private CalendarDate CorrectionDate()
    {
        try
        {
            return SharedOptions.CorrectionDate(_environment);
        }
        catch (InputException)
        {
            return SharedOptions.UtcDate(_environment.Clock());
        }
    }

    /// <summary>Gets whether a path names a <c>.check</c> file, whatever its case, as the build's glob matches it.</summary>
    /// <param name="path">A path.</param>
    /// <returns><see langword="true"/> for a <c>.check</c> file.</returns>
    public static bool IsCheckFile(string path) => path.EndsWith(".check", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnder(string path, string folder) =>
        string.Equals(Path.GetDirectoryName(path), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    private string[] FindCheckFiles()
    {
        try
        {
            return [.. CheckInputs.FindCheckFiles(_environment, [_checkRoot])];
        }
        catch (InputException)
        {
            // No checks folder yet, or one without .check files: the workspace starts empty and grows as files open.
            return [];
        }
    }

    private string[] FindSourceFiles()
    {
        try
        {
            return [.. CheckInputs.FindSourceFiles(_environment, SourcesFolder)];
        }
        catch (InputException)
        {
            return [];
        }
    }

    private TextFile Read(string fullPath, ImmutableDictionary<string, string> openDocuments)
    {
        if (openDocuments.TryGetValue(fullPath, out string? text))
        {
            return new TextFile(DisplayPath(fullPath), text);
        }

        if (!_disk.TryGetValue(fullPath, out TextFile? file))
        {
            try
            {
                file = CheckInputs.ReadFile(_environment, fullPath);
            }
            catch (InputException)
            {
                // Deleted between the search and the read: an empty file until the watcher's event searches again.
                file = new TextFile(DisplayPath(fullPath), string.Empty);
            }

            _disk[fullPath] = file;
        }

        return file;
    }

    /// <summary>
    /// Finds the project the build would compile these checks in: one in the root or a folder above it, else the
    /// shallowest under the root whose folder holds <c>.check</c> files.
    /// </summary>
    private static string? FindProject(string root)
    {
        for (DirectoryInfo? folder = new(root); folder is not null; folder = folder.Parent)
        {
            if (FirstProjectIn(folder.FullName) is { } project)
            {
                return project;
            }
        }

        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, root);
        var level = new List<string> { root };
        for (int depth = 0; depth < MaxProjectSearchDepth && level.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (string folder in level.Order(StringComparer.Ordinal))
            {
                string[] subfolders = SafeSubfolders(folder);
                foreach (string subfolder in subfolders)
                {
                    if (FirstProjectIn(subfolder) is { } project && HoldsChecks(environment, subfolder))
                    {
                        return project;
                    }

                    next.Add(subfolder);
                }
            }

            level = next;
        }

        return null;
    }

    private static string? FirstProjectIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, ProjectPattern).Order(StringComparer.Ordinal).FirstOrDefault();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] SafeSubfolders(string folder)
    {
        try
        {
            return Directory.EnumerateDirectories(folder)
                .Where(subfolder => Path.GetFileName(subfolder) is not ("bin" or "obj") && !Path.GetFileName(subfolder).StartsWith('.'))
                .ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool HoldsChecks(CliEnvironment environment, string folder)
    {
        try
        {
            return CheckInputs.FindCheckFiles(environment, [folder]).Count > 0;
        }
        catch (InputException)
        {
            return false;
        }
    }

    /// <summary>Reads <c>FactCheckSources</c> from a project file, as the build's property.</summary>
    private static string? SourcesSetting(string projectFile)
    {
        try
        {
            string? value = XDocument.Load(projectFile).Descendants()
                .FirstOrDefault(element => element.Name.LocalName == "FactCheckSources")?.Value.Trim();
            return string.IsNullOrEmpty(value) ? null : value.Replace('\\', '/');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
