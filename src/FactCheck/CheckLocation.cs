namespace FactCheck;

/// <summary>Where something was written in a <c>.check</c> file.</summary>
public sealed class CheckLocation
{
    /// <summary>Initializes a new instance of the <see cref="CheckLocation"/> class.</summary>
    /// <param name="filePath">The path of the <c>.check</c> file, as the build or command line was given it.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column in characters, from 1.</param>
    public CheckLocation(string filePath, int line, int column)
    {
        FilePath = filePath;
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
    public override string ToString() => $"{FilePath}({Line},{Column})";
}
