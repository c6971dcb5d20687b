using AngleSharp.Html.Dom;
using FactCheck.Compiled;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>What the page says of itself: counts with the right plural, and a title even when given a blank one.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData(0, "0 claims checked; report generated 1 March 2020, 12:00 UTC.")]
    [InlineData(1, "1 claim checked; report generated 1 March 2020, 12:00 UTC.")]
    [InlineData(2, "2 claims checked; report generated 1 March 2020, 12:00 UTC.")]
    public void The_count_of_claims_takes_the_right_plural(int count, string expected)
    {
        var source = new SourceRecord { Id = "s", FileName = "s.txt", Text = "One. Two." };
        ClaimRecord[] claims = [TestModel.Claim("one", "One.", Verdicts.True, Passages.Find(source, "One."), "c.check", 1), TestModel.Claim("two", "Two.", Verdicts.False, Passages.Find(source, "Two."), "c.check", 2)];
        var model = TestModel.Build([source], claims[..count]);

        IHtmlDocument page = Pages.Parse(Pages.Render(model.Claims, model.Sources));

        Assert.Equal(expected, page.QuerySelector(".meta")?.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_title_falls_back_to_the_default(string title)
    {
        string html = Pages.Render(Samples.Claims, Samples.Sources, Pages.Options with { Title = title });

        IHtmlDocument page = Pages.ParseStrictly(html);
        Assert.Equal(ReportOptions.DefaultTitle, page.Title);
        Assert.Equal(ReportOptions.DefaultTitle, page.QuerySelector("h1")?.TextContent);
    }
}
