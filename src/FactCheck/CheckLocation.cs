using System;

namespace FactCheck;

/// <summary>Where something was written in a <c>.check</c> file. Compared by value.</summary>
public sealed class CheckLocation : IEquatable<CheckLocation>
{
    /// <summary>Initializes a new instance of the <see cref="CheckLocation"/> class.</summary>
    /// <param name="filePath">The path of the <c>.check</c> file, as the build or command line was given it.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column in characters, from 1.</param>
    public CheckLocation(string filePath, int line, int column)
    {
        FilePath = Argument.NotNull(filePath, nameof(filePath));
        Line = line;
        Column = column;
    }

    /// <summary>Gets the path of the <c>.check</c> file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the line, from 1.</summary>
    public int Line { get; }

    /// <summary>Gets the column in characters, from 1.</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(CheckLocation? other) =>
        other is not null && Line == other.Line && Column == other.Column && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CheckLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(FilePath) * 397) ^ (Line * 31) ^ Column);

    /// <inheritdoc/>
    public override string ToString() => $"{FilePath}({Line},{Column})";
}
