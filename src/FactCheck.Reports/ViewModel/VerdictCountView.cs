namespace FactCheck.Reports.ViewModel;

/// <summary>How many claims have one verdict.</summary>
public sealed class VerdictCountView
{
    /// <summary>Gets the verdict counted.</summary>
    public required VerdictView Verdict { get; init; }

    /// <summary>Gets how many claims have it.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the bar's length, as a share of the longest bar from <c>0</c> to <c>100</c>, written invariantly (such as <c>37.5</c>).</summary>
    public required string BarLength { get; init; }
}
