using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace FactCheck.Cli;

/// <summary>
/// Reads an input file, refusing what is not a regular file. A named pipe given as a <c>.check</c> file or source would
/// block the read forever waiting for a writer; on Linux the file is opened without blocking and refused when it cannot
/// seek, as pipes and devices cannot.
/// </summary>
internal static class InputFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    /// <summary>Reads the whole file as text, a byte order mark overriding <paramref name="encoding"/>.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="encoding">The encoding when the file has no byte order mark.</param>
    /// <returns>The text.</returns>
    /// <exception cref="IOException">The file cannot be read, or is a pipe or a device.</exception>
    public static string ReadAllText(string path, Encoding encoding)
    {
        using FileStream stream = Open(path);
        if (!stream.CanSeek)
        {
            throw new IOException("it is not a regular file (a pipe or a device).");
        }

        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static FileStream Open(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            int descriptor = OpenDescriptor(Encoding.UTF8.GetBytes(path + "\0"), ReadOnly | NonBlocking | CloseOnExec);
            if (descriptor >= 0)
            {
                return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read);
            }
        }

        // Elsewhere, or when the open failed: the ordinary open, whose exception says why.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenDescriptor(byte[] nulTerminatedPath, int flags);
}
