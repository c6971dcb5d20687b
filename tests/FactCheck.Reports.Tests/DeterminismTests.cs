using System;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(RenderBytes(), RenderBytes());
    }

    [Fact]
    public void The_order_claims_and_sources_are_given_in_does_not_change_the_page()
    {
        string page = Pages.Render(Samples.Claims, Samples.Sources);

        Assert.Equal(page, Pages.Render([.. Samples.Claims.Reverse()], [.. Samples.Sources.Reverse()]));
    }

    [Fact]
    public void A_stream_gets_the_page_as_utf8_without_a_byte_order_mark()
    {
        byte[] bytes = RenderBytes();

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Pages.Render(Samples.Claims, Samples.Sources), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Without_a_generation_time_the_page_shows_none()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, new ReportOptions()));

        Assert.Empty(page.QuerySelectorAll("header time, footer time"));
    }

    [Fact]
    public void The_generation_time_is_shown_in_utc()
    {
        var options = new ReportOptions { GeneratedAt = new DateTimeOffset(2020, 3, 1, 13, 30, 0, TimeSpan.FromHours(1)) };
        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, options));

        Assert.Equal("2020-03-01T12:30:00Z", page.QuerySelector("header time")?.GetAttribute("datetime"));
        Assert.Equal("1 March 2020, 12:30 UTC", page.QuerySelector("header time")?.TextContent);
    }

    private static byte[] RenderBytes()
    {
        using var stream = new MemoryStream();
        ReportRenderer.Default.Write(stream, Samples.Claims, Samples.Sources, Pages.Options);
        return stream.ToArray();
    }
}
