using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>The counts at the top of the report.</summary>
public sealed class SummaryView
{
    /// <summary>Gets how many claims the report holds.</summary>
    public required int Total { get; init; }

    /// <summary>Gets one row per verdict of the scale, in scale order, including verdicts no claim has.</summary>
    public required IReadOnlyList<VerdictCountView> ByVerdict { get; init; }

    /// <summary>Gets one row per source document, ordered by id.</summary>
    public required IReadOnlyList<SourceCountView> BySource { get; init; }
}
