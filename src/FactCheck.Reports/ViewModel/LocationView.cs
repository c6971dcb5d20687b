namespace FactCheck.Reports.ViewModel;

/// <summary>Where a claim was written in a <c>.check</c> file.</summary>
public sealed class LocationView
{
    /// <summary>Gets the path of the <c>.check</c> file.</summary>
    public required string FilePath { get; init; }

    /// <summary>Gets the line, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the column, from 1.</summary>
    public required int Column { get; init; }
}
