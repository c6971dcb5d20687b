using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>The page as a whole: one self-contained, valid, accessible file.</summary>
public sealed class PageTests
{
    private readonly string _html = Pages.Render(Samples.Claims, Samples.Sources);
    private readonly IHtmlDocument _page;

    public PageTests()
    {
        _page = Pages.Parse(_html);
    }

    [Fact]
    public void The_page_parses_without_a_single_html5_parse_error()
    {
        IHtmlDocument strict = Pages.ParseStrictly(_html);

        Assert.Equal("html", strict.Doctype?.Name);
    }

    [Fact]
    public void Nothing_is_loaded_from_anywhere()
    {
        Assert.Empty(_page.QuerySelectorAll("[src], link[rel=stylesheet], link[rel=preload], iframe, object, embed, img, video, audio, base"));
        Assert.Equal("data:,", _page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
        Assert.DoesNotContain("@import", Style(), StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Style(), StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", Style(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_security_policy_allows_nothing_external_and_only_this_style_and_script()
    {
        string policy = _page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content")
            ?? throw new Xunit.Sdk.XunitException("The page has no Content-Security-Policy.");
        string[] directives = [.. policy.Split(';', StringSplitOptions.TrimEntries)];

        Assert.Contains("default-src 'none'", directives);
        Assert.Contains($"style-src '{Sha256(Style())}'", directives);
        Assert.Contains($"script-src '{Sha256(Script())}'", directives);
        Assert.Contains("img-src data:", directives);
        Assert.Contains("base-uri 'none'", directives);
        Assert.Contains("form-action 'none'", directives);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_comes_before_anything_it_governs()
    {
        IElement[] head = [.. _page.Head!.Children];
        int policy = Array.FindIndex(head, element => element.GetAttribute("http-equiv") == "Content-Security-Policy");

        Assert.True(policy >= 0 && policy < Array.FindIndex(head, element => element.LocalName is "style" or "script" or "link"));
    }

    [Fact]
    public void Without_javascript_every_claim_is_shown_and_the_filters_are_hidden()
    {
        Assert.True(_page.GetElementById("filters")?.HasAttribute("hidden"));
        Assert.Equal(Samples.Claims.Count, _page.QuerySelectorAll("article.claim").Length);
        Assert.Empty(_page.QuerySelectorAll("article.claim[hidden]"));
    }

    [Fact]
    public void The_filters_are_labelled_form_controls()
    {
        foreach (string id in (string[])["filter-verdict", "filter-source", "filter-text"])
        {
            IElement control = _page.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"No control {id}.");
            Assert.Equal("label", control.ParentElement?.LocalName);
        }

        Assert.Equal(
            ["", .. Verdicts.Default.Where(v => Samples.Claims.Any(c => c.Verdict == v)).Select(v => v.Keyword)],
            _page.QuerySelectorAll("#filter-verdict option").Select(option => option.GetAttribute("value")));
        Assert.Equal(["", "000", "004"], _page.QuerySelectorAll("#filter-source option").Select(option => option.GetAttribute("value")));
    }

    [Fact]
    public void Headings_form_an_outline()
    {
        Assert.Single(_page.QuerySelectorAll("h1"));
        Assert.Equal(["Summary", "Claims", "Corrections", "Sources"], _page.QuerySelectorAll("h2").Select(h2 => h2.TextContent));
        Assert.All(_page.QuerySelectorAll("article.claim, article.source"), article => Assert.NotNull(article.QuerySelector("h3")));
    }

    [Fact]
    public void The_page_has_dark_mode_and_print_styles()
    {
        Assert.Contains("prefers-color-scheme: dark", Style(), StringComparison.Ordinal);
        Assert.Contains("@media print", Style(), StringComparison.Ordinal);
        Assert.Equal("en", _page.DocumentElement.GetAttribute("lang"));
    }

    private string Style() => _page.QuerySelector("style")!.TextContent;

    private string Script() => _page.QuerySelector("script:not([type])")!.TextContent;

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
