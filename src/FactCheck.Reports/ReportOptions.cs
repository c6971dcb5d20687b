using System;
using System.Globalization;

namespace FactCheck.Reports;

/// <summary>What a report says of itself: its title, when it was generated, who publishes it and where.</summary>
public sealed record ReportOptions
{
    /// <summary>The environment variable that reproducible builds use to fix "now": seconds since 1970-01-01 UTC.</summary>
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The title of a report that is given none, or a blank one.</summary>
    public const string DefaultTitle = "Fact-check report";

    /// <summary>Gets the report's title; an empty or blank one stands for <see cref="DefaultTitle"/>.</summary>
    public string Title { get; init; } = DefaultTitle;

    /// <summary>
    /// Gets when the report was generated, shown on the page and used as the date of reviews that give none.
    /// <see langword="null"/> shows no time at all. The renderer never reads the clock, so the same input gives the same bytes.
    /// </summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Gets the organisation that publishes the checks: the ClaimReview author of claims that name no reviewer.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the address the report will be published at. An absolute address makes the JSON-LD permalinks absolute, such as <c>https://example.org/report.html#claim-x</c>; a relative one, such as <c>report.html</c>, is put before each fragment; with none they are fragments alone.</summary>
    public Uri? ReportUrl { get; init; }

    /// <summary>
    /// Gets the address of a server-sent event stream the page listens to, reloading itself at each <c>reload</c> event, as
    /// <c>factcheck serve</c> does. <see langword="null"/> (the default) gives a page that loads nothing; with an address, the
    /// page's Content-Security-Policy allows <see cref="LiveReloadScript"/> by hash and connections to the page's own origin.
    /// </summary>
    public Uri? LiveReloadUrl { get; init; }

    /// <summary>Creates options whose <see cref="GeneratedAt"/> comes from the <c>SOURCE_DATE_EPOCH</c> environment variable, when it is set.</summary>
    /// <returns>The default options, with <see cref="GeneratedAt"/> set from <c>SOURCE_DATE_EPOCH</c> or left <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException"><c>SOURCE_DATE_EPOCH</c> is set but is not a whole number of seconds.</exception>
    public static ReportOptions FromEnvironment()
    {
        string? epoch = Environment.GetEnvironmentVariable(SourceDateEpochVariable);
        if (string.IsNullOrEmpty(epoch))
        {
            return new ReportOptions();
        }

        // The reproducible-builds specification asks tools to fail rather than guess when the value is malformed.
        if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new InvalidOperationException(
                $"{SourceDateEpochVariable} is '{epoch}'; it must be a whole number of seconds since 1970-01-01 UTC.");
        }

        return new ReportOptions { GeneratedAt = DateTimeOffset.FromUnixTimeSeconds(seconds) };
    }
}
