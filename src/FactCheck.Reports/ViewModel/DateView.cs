namespace FactCheck.Reports.ViewModel;

/// <summary>A date or time, written both for machines and for readers.</summary>
public sealed class DateView
{
    /// <summary>Gets the ISO 8601 form for a <c>&lt;time datetime&gt;</c> attribute, such as <c>2020-01-03</c> or <c>2020-01-03T12:00:00Z</c>.</summary>
    public required string Iso { get; init; }

    /// <summary>Gets the form a reader sees, such as <c>3 January 2020</c>, the same on every machine.</summary>
    public required string Text { get; init; }
}
