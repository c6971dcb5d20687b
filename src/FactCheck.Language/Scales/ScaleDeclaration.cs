using FactCheck.Language.Text;

namespace FactCheck.Language.Scales;

/// <summary>A <c>scale:</c> entry and the <c>verdict:</c> entries after it in its file, as bound within the file.</summary>
/// <param name="Path">The file.</param>
/// <param name="KeywordRange">Where <c>scale</c> stands.</param>
/// <param name="Scale">The scale it declares.</param>
internal sealed record ScaleDeclaration(string Path, TextRange KeywordRange, ProjectScale Scale);
