using FactCheck.Language.Diagnostics;

namespace FactCheck.Language.Sources;

/// <summary>A file as read: a <c>.check</c> file or a source document.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">The file's text.</param>
public sealed record TextFile(string Path, string Text)
{
    /// <summary>
    /// Gets the FC0018 diagnostic of a file that is not text FactCheck can decode (see <see cref="Reading.TextDecoder"/>);
    /// such a file is not read and its <see cref="Text"/> is empty.
    /// </summary>
    public CheckDiagnostic? NotDecoded { get; init; }
}
