namespace FactCheck.Language;

/// <summary>
/// The largest inputs FactCheck reads. Compiling a <c>.check</c> file peaks at some twenty times its size, so a limit,
/// not the machine, decides what a mistaken input (a log file, a database dump) costs: a larger file gets FC0015 and is
/// not read.
/// </summary>
public static class InputLimits
{
    /// <summary>The most characters one <c>.check</c> file may have: 8 Mi, some 20,000 claims with evidence and notes.</summary>
    public const int MaxCheckFileLength = 8 * 1024 * 1024;

    /// <summary>The most characters one source document may have: 4 Mi, longer than most books.</summary>
    public const int MaxSourceLength = 4 * 1024 * 1024;
}
