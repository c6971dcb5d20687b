using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>A page rendered for <c>factcheck serve</c>: the reload script is allowed by its hash, and a page for a file is unchanged.</summary>
public sealed class LiveReloadTests
{
    private static readonly ReportOptions s_served = Pages.Options with { LiveReloadUrl = new Uri("/events?after=3", UriKind.Relative) };

    [Fact]
    public void A_served_page_runs_the_reload_script_with_its_event_stream()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, s_served));

        IElement reload = Assert.Single(page.QuerySelectorAll("script[data-events]"));
        Assert.Equal("/events?after=3", reload.GetAttribute("data-events"));
        Assert.Equal(LiveReloadScript.Text, reload.TextContent);
        Assert.Contains("EventSource", reload.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_served_page_policy_allows_the_reload_script_by_hash_and_connections_only_to_its_own_server()
    {
        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, s_served));
        string policy = Policy(page);
        string[] directives = [.. policy.Split(';', StringSplitOptions.TrimEntries)];
        string[] scripts = [.. page.QuerySelectorAll("script:not([type])").Select(script => $"'{Sha256(script.TextContent)}'")];

        Assert.Equal(2, scripts.Length);
        Assert.Contains($"script-src {string.Join(' ', scripts)}", directives);
        Assert.Equal(LiveReloadScript.PolicySource, scripts[1]);
        Assert.Contains("default-src 'none'", directives);
        Assert.Contains("connect-src 'self'", directives);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_for_a_file_has_no_reload_script_and_connects_nowhere()
    {
        string html = Pages.Render(Samples.Claims, Samples.Sources);
        IHtmlDocument page = Pages.Parse(html);

        Assert.Empty(page.QuerySelectorAll("script[data-events]"));
        Assert.DoesNotContain("connect-src", Policy(page), StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReloadScript.PolicySource, html, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_stream_address_is_encoded_like_any_value()
    {
        ReportOptions hostile = Pages.Options with { LiveReloadUrl = new Uri("/events?a=\"><script>alert(1)</script>", UriKind.Relative) };

        IHtmlDocument page = Pages.Parse(Pages.Render(Samples.Claims, Samples.Sources, hostile));

        Assert.Equal(2, page.QuerySelectorAll("script:not([type])").Length);
        Assert.Equal("/events?a=\"><script>alert(1)</script>", page.QuerySelector("script[data-events]")?.GetAttribute("data-events"));
    }

    private static string Policy(IDocument page) =>
        page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content")
            ?? throw new Xunit.Sdk.XunitException("The page has no Content-Security-Policy.");

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
