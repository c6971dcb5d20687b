using System;
using System.IO;
using System.Text;

namespace FactCheck.Cli;

/// <summary>Writes a file all at once: to a temporary file beside it, then renamed over it, so a failing run leaves the earlier file untouched.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces the file at <paramref name="path"/> with <paramref name="content"/> in UTF-8, creating its folder if needed.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <param name="content">The whole new content.</param>
    /// <exception cref="IOException">The file cannot be written; nothing was changed.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written; nothing was changed.</exception>
    public static void Write(string path, string content) => Write(path, content, CreateNew);

    /// <summary>Replaces the file at <paramref name="path"/>, writing through streams from <paramref name="create"/>, where a test can make a write fail as a full disk does.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <param name="content">The whole new content.</param>
    /// <param name="create">Creates the temporary file, given its path.</param>
    public static void Write(string path, string content, Func<string, Stream> create)
    {
        string folder = Path.GetDirectoryName(path) ?? throw new IOException("The path has no folder.");
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(create(temporary), s_utf8WithoutBom))
            {
                writer.Write(content);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    /// <summary>Creates a new file to write.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The stream.</returns>
    public static Stream CreateNew(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write);
}
