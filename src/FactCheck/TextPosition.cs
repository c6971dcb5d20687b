using System;

namespace FactCheck;

/// <summary>A position in a text: a character offset from 0, and the line and column from 1 that an editor shows.</summary>
public readonly struct TextPosition : IEquatable<TextPosition>
{
    /// <summary>Initializes a new instance of the <see cref="TextPosition"/> struct.</summary>
    /// <param name="offset">The offset in UTF-16 characters from the start of the text, from 0.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column in characters, from 1.</param>
    public TextPosition(int offset, int line, int column)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the offset in UTF-16 characters from the start of the text, from 0.</summary>
    public int Offset { get; }

    /// <summary>Gets the line, from 1.</summary>
    public int Line { get; }

    /// <summary>Gets the column in characters, from 1.</summary>
    public int Column { get; }

    /// <summary>Compares two positions by value.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> when both are the same position.</returns>
    public static bool operator ==(TextPosition left, TextPosition right) => left.Equals(right);

    /// <summary>Compares two positions by value.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TextPosition left, TextPosition right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TextPosition other) => Offset == other.Offset && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextPosition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((((Offset * 397) ^ Line) * 397) ^ Column);

    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column})";
}
