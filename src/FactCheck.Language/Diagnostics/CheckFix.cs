using FactCheck.Language.Text;

namespace FactCheck.Language.Diagnostics;

/// <summary>A suggested edit that resolves a diagnostic: the text to put in place of a range of the same file.</summary>
/// <param name="Title">What the edit does, for an editor's quick-fix menu.</param>
/// <param name="Range">The range replaced; empty for an insertion.</param>
/// <param name="NewText">The text written in its place, as it stands in a <c>.check</c> file (a string with its quotes).</param>
public sealed record CheckFix(string Title, TextRange Range, string NewText);
