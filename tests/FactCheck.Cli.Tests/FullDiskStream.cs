using System;
using System.IO;

namespace FactCheck.Cli.Tests;

/// <summary>A file on a disk that fills up: the first bytes are written, then every write throws as a full disk does.</summary>
internal sealed class FullDiskStream(Stream file) : Stream
{
    public const string Message = "No space left on device";

    private const int Room = 16;

    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        int fits = (int)Math.Min(count, Room - _written);
        file.Write(buffer, offset, fits);
        _written += fits;
        if (fits < count)
        {
            throw new IOException(Message);
        }
    }

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
