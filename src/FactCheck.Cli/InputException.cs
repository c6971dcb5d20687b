using System;

namespace FactCheck.Cli;

/// <summary>Bad usage, unreadable input or unwritable output: reported as one line naming the file, with exit code 2.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
