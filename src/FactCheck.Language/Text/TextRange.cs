namespace FactCheck.Language.Text;

/// <summary>A range of a text, from its first character to just after its last.</summary>
/// <param name="Start">The position of the first character.</param>
/// <param name="End">The position just after the last character.</param>
public readonly record struct TextRange(TextPosition Start, TextPosition End)
{
    /// <summary>Gets the range's length in characters.</summary>
    public int Length => End.Offset - Start.Offset;

    /// <summary>Creates an empty range at <paramref name="position"/>.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The empty range.</returns>
    public static TextRange At(TextPosition position) => new(position, position);
}
