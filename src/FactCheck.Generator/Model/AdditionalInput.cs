using FactCheck.Language.Sources;

namespace FactCheck.Generator.Model;

/// <summary>An additional file the generator reads.</summary>
/// <param name="IsCheckFile">Whether it is a <c>.check</c> file; otherwise it is a source document.</param>
/// <param name="File">Its path and text, or the FC0018 of a file that is not UTF-8.</param>
internal sealed record AdditionalInput(bool IsCheckFile, TextFile File);
