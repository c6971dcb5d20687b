namespace FactCheck.Language.Matching;

/// <summary>Where a quote was found in a source document's original text.</summary>
/// <param name="Offset">The offset of the passage's first character, from 0.</param>
/// <param name="Line">The line of its first character, from 1.</param>
/// <param name="Column">The column of its first character, from 1.</param>
/// <param name="Length">The passage's length in the original text.</param>
internal sealed record PassageMatch(int Offset, int Line, int Column, int Length);
