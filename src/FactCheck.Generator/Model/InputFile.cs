namespace FactCheck.Generator.Model;

/// <summary>An additional file the generator reads.</summary>
/// <param name="IsCheckFile">Whether it is a <c>.check</c> file; otherwise it is a source document.</param>
/// <param name="Path">Its path.</param>
/// <param name="Text">Its text.</param>
internal sealed record InputFile(bool IsCheckFile, string Path, string Text);
