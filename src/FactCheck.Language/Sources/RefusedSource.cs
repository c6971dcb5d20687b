using FactCheck.Language.Diagnostics;
using static System.FormattableString;

namespace FactCheck.Language.Sources;

/// <summary>
/// A source document that is not read: over <see cref="InputLimits.MaxSourceLength"/> characters (FC0015), or not UTF-8
/// (FC0018). A claim citing it gets the same diagnostic, rather than FC0003 for a source that does not exist.
/// </summary>
/// <param name="Id">The document's id.</param>
/// <param name="Reason">FC0015 or FC0018.</param>
/// <param name="Message">Why the document is not read, naming the file, and what to do.</param>
internal sealed record RefusedSource(string Id, CheckDiagnosticDescriptor Reason, string Message)
{
    /// <summary>Gets a document refused for its size.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="length">The document's length in characters.</param>
    /// <returns>The refused document, with its FC0015 message naming the limit.</returns>
    public static RefusedSource TooLarge(string id, string fileName, int length) => new(
        id,
        DiagnosticCatalog.InputTooLarge,
        Invariant($"Source document '{fileName}' has {length:N0} characters, over the limit of {InputLimits.MaxSourceLength:N0} for a source, so it is not read: split it, or keep an excerpt with the passages you check."));

    /// <summary>Gets a document refused because it is not UTF-8.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="fileName">The file's name.</param>
    /// <returns>The refused document, with its FC0018 message.</returns>
    public static RefusedSource NotUtf8(string id, string fileName) => new(
        id,
        DiagnosticCatalog.NotUtf8,
        $"Source document '{fileName}' is not UTF-8 text, so it is not read: save it as UTF-8.");
}
