namespace FactCheck.Benchmarks.Browser;

/// <summary>One opening of the report in Chromium; every time in milliseconds, measured in the page.</summary>
/// <param name="Load">From navigation start until both the <c>load</c> event has ended and a claim card has been laid out.</param>
/// <param name="DomContentLoaded">From navigation start to the end of <c>DOMContentLoaded</c>.</param>
/// <param name="LoadEventEnd">From navigation start to the end of the <c>load</c> event.</param>
/// <param name="FirstCard">From navigation start to the first animation frame with a claim card laid out.</param>
/// <param name="Filter">Choosing a verdict in <c>#filter-verdict</c> until the status is written and the next frame laid out.</param>
/// <param name="SearchFirstKey">The first character typed into <c>#filter-text</c>, measured the same way.</param>
/// <param name="SearchNextKey">The second character, measured the same way.</param>
/// <param name="Elements">The elements in the page once loaded.</param>
/// <param name="FilterStatus">What the status said after the filter.</param>
/// <param name="SearchStatus">What the status said after the second key.</param>
internal sealed record ReportPageRun(
    double Load,
    double DomContentLoaded,
    double LoadEventEnd,
    double FirstCard,
    double Filter,
    double SearchFirstKey,
    double SearchNextKey,
    int Elements,
    string FilterStatus,
    string SearchStatus);
