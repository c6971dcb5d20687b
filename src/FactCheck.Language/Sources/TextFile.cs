namespace FactCheck.Language.Sources;

/// <summary>A file as read: a <c>.check</c> file or a source document.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">The file's text.</param>
public sealed record TextFile(string Path, string Text);
