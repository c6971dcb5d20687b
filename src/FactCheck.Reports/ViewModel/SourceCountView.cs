namespace FactCheck.Reports.ViewModel;

/// <summary>How many claims quote one source document.</summary>
public sealed class SourceCountView
{
    /// <summary>Gets the source counted.</summary>
    public required SourceView Source { get; init; }

    /// <summary>Gets how many claims quote it.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the bar's length, as a share of the longest bar from <c>0</c> to <c>100</c>, written invariantly (such as <c>37.5</c>).</summary>
    public required string BarLength { get; init; }
}
