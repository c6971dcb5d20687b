using static System.FormattableString;

namespace FactCheck.Language.Sources;

/// <summary>A source document that is not read because it has more than <see cref="InputLimits.MaxSourceLength"/> characters.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="Length">The document's length in characters.</param>
public sealed record RefusedSource(string Id, string FileName, int Length)
{
    /// <summary>Gets the FC0015 message: why the document is not read, naming the limit, and what to do.</summary>
    public string Message =>
        Invariant($"Source document '{FileName}' has {Length:N0} characters, over the limit of {InputLimits.MaxSourceLength:N0} for a source, so it is not read: split it, or keep an excerpt with the passages you check.");
}
