using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace FactCheck.Cli;

/// <summary>
/// Reads an input file, refusing what is not a regular file. A named pipe given as a <c>.check</c> file or source would
/// block the read forever waiting for a writer; on Linux the file is opened without blocking and refused when it cannot
/// seek, as pipes and devices cannot. It then takes the shared lock that .NET's own reads take, so a file another
/// process holds exclusively (such as a .NET writer with FileShare.None) is refused, not read half-written.
/// </summary>
internal static class RegularFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int SharedLock = 1;
    private const int NoWait = 4;
    private const int WouldBlock = 11;

    /// <summary>Reads the whole file.</summary>
    /// <param name="path">The full path.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="IOException">The file cannot be read, or is a pipe or a device.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        using FileStream stream = Open(path);
        if (!stream.CanSeek)
        {
            throw new IOException("it is not a regular file (a pipe or a device).");
        }

        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static FileStream Open(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            int descriptor = OpenDescriptor(Encoding.UTF8.GetBytes(path + "\0"), ReadOnly | NonBlocking | CloseOnExec);
            if (descriptor >= 0)
            {
                var handle = new SafeFileHandle(descriptor, ownsHandle: true);
                if (Lock(handle, SharedLock | NoWait) != 0 && Marshal.GetLastPInvokeError() == WouldBlock)
                {
                    handle.Dispose();
                    throw new IOException("another process holds it locked; try again when it is done.");
                }

                return new FileStream(handle, FileAccess.Read);
            }
        }

        // Elsewhere, or when the open failed: the ordinary open, whose exception says why.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenDescriptor(byte[] nulTerminatedPath, int flags);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Lock(SafeFileHandle descriptor, int operation);
}
