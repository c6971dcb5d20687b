namespace FactCheck.Cli;

/// <summary>The exit codes of every <c>factcheck</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The checks are valid; warnings are allowed.</summary>
    public const int Valid = 0;

    /// <summary>At least one error diagnostic.</summary>
    public const int CheckErrors = 1;

    /// <summary>Bad usage, or input that cannot be read, or output that cannot be written.</summary>
    public const int BadInput = 2;
}
