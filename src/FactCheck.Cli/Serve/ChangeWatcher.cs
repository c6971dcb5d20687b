using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace FactCheck.Cli.Serve;

/// <summary>
/// Watches the <c>.check</c> folders and the sources folder, and calls back once the files have been quiet for a while, so
/// that a save of many files, or an editor's save in several writes, gives one run.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Initializes a new instance of the <see cref="ChangeWatcher"/> class and starts watching.</summary>
    /// <param name="checkPaths">Full paths of the <c>.check</c> files and folders (folders are watched with their subfolders).</param>
    /// <param name="sourcesFolder">The full path of the sources folder.</param>
    public ChangeWatcher(IEnumerable<string> checkPaths, string sourcesFolder)
    {
        foreach (string path in checkPaths)
        {
            if (Directory.Exists(path))
            {
                Watch(path, "*", includeSubdirectories: true, MayHoldChecks);
            }
            else
            {
                Watch(Path.GetDirectoryName(path)!, Path.GetFileName(path), includeSubdirectories: false, _ => true);
            }
        }

        Watch(sourcesFolder, "*", includeSubdirectories: false, changed => !IsHidden(changed));
    }

    /// <summary>Calls <paramref name="onQuiet"/> after each burst of changes, once no change has come for <paramref name="quiet"/>; one call at a time.</summary>
    /// <param name="quiet">How long the files must stay unchanged.</param>
    /// <param name="onQuiet">What to do then.</param>
    /// <param name="cancellation">Stops the loop.</param>
    /// <returns>A task that ends when <paramref name="cancellation"/> is cancelled.</returns>
    public async Task RunAsync(TimeSpan quiet, Action onQuiet, CancellationToken cancellation)
    {
        ChannelReader<string> changes = _changes.Reader;
        try
        {
            while (await changes.WaitToReadAsync(cancellation).ConfigureAwait(false))
            {
                // One run covers every change so far, whichever files they touched: drain them until a quiet spell.
                do
                {
                    while (changes.TryRead(out _))
                    {
                    }
                }
                while (!await IsQuietAsync(changes, quiet, cancellation).ConfigureAwait(false));

                onQuiet();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C: stopping is the expected end.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (FileSystemWatcher watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private static async Task<bool> IsQuietAsync(ChannelReader<string> changes, TimeSpan quiet, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(quiet);
        try
        {
            await changes.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            return false;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>
    /// Gets whether a change under a checks folder can matter: a <c>.check</c> file, or a folder that may hold some, outside
    /// hidden folders and <c>bin</c> and <c>obj</c>, which a build beside the checks rewrites.
    /// </summary>
    /// <param name="changed">The path changed, relative to the watched folder.</param>
    private static bool MayHoldChecks(string changed)
    {
        string[] parts = changed.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (Array.Exists(parts, part => part.StartsWith('.') || part.Equals("bin", StringComparison.OrdinalIgnoreCase) || part.Equals("obj", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        string extension = Path.GetExtension(changed);
        return extension.Length == 0 || extension.Equals(".check", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    private void Watch(string folder, string filter, bool includeSubdirectories, Predicate<string> matters)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(object sender, FileSystemEventArgs change)
        {
            if (matters(Path.GetRelativePath(folder, change.FullPath))
                || (change is RenamedEventArgs renamed && matters(Path.GetRelativePath(folder, renamed.OldFullPath))))
            {
                _changes.Writer.TryWrite(change.FullPath);
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;

        // Too many changes at once overflow the buffer: some were lost, so the files must be read again.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }
}
