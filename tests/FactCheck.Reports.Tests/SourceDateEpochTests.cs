using System;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>
/// The only tests that set <c>SOURCE_DATE_EPOCH</c>. xUnit runs the tests of one class one after another, and no other
/// test reads the variable, so setting it here cannot disturb tests running at the same time.
/// </summary>
public sealed class SourceDateEpochTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable(ReportOptions.SourceDateEpochVariable);

    [Fact]
    public void The_generation_time_comes_from_SOURCE_DATE_EPOCH()
    {
        Environment.SetEnvironmentVariable(ReportOptions.SourceDateEpochVariable, "1583064000");

        ReportOptions options = ReportOptions.FromEnvironment();
        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, options));

        Assert.Equal(new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero), options.GeneratedAt);
        Assert.Equal("2020-03-01T12:00:00Z", page.QuerySelector("header time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void Without_SOURCE_DATE_EPOCH_there_is_no_generation_time()
    {
        Environment.SetEnvironmentVariable(ReportOptions.SourceDateEpochVariable, null);

        Assert.Null(ReportOptions.FromEnvironment().GeneratedAt);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void A_malformed_SOURCE_DATE_EPOCH_is_an_error(string value)
    {
        Environment.SetEnvironmentVariable(ReportOptions.SourceDateEpochVariable, value);

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(ReportOptions.FromEnvironment);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(ReportOptions.SourceDateEpochVariable, _saved);
}
