using System.Collections.Generic;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Reports.Tests;

/// <summary>Renders reports and parses them the way a browser would, so tests assert on elements rather than on strings.</summary>
internal static class Pages
{
    public static ReportOptions Options { get; } = new()
    {
        Title = "Iran, January 2020",
        GeneratedAt = new System.DateTimeOffset(2020, 3, 1, 12, 0, 0, System.TimeSpan.Zero),
        Publisher = "FactCheck tests",
    };

    public static string Render(IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions? options = null) =>
        ReportRenderer.Default.Render(claims, sources, options ?? Options);

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Parses a page that must have no HTML parse error: the parser throws at the first one.</summary>
    public static IHtmlDocument ParseStrictly(string html) => new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    public static IHtmlDocument RenderSamples() => Parse(Render(Samples.Claims, Samples.Sources));

    /// <summary>
    /// Reads one fact of a card as a reader does, in the sentences of its facts paragraph: the text of the element that
    /// follows <paramref name="label"/> (such as "Claimed by" or "Reviewed by"), or <see langword="null"/>.
    /// </summary>
    public static string? Fact(IElement card, string label)
    {
        INode? node = card.QuerySelector(".facts")?.FirstChild;
        for (; node is not null; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && node.TextContent.EndsWith(label + " ", System.StringComparison.Ordinal))
            {
                return (node.NextSibling as IElement)?.TextContent;
            }
        }

        return null;
    }

    /// <summary>Reads the page's one JSON-LD block.</summary>
    public static JsonDocument StructuredData(IDocument page)
    {
        IElement script = page.QuerySelector("script[type='application/ld+json']")
            ?? throw new Xunit.Sdk.XunitException("The page has no JSON-LD.");
        return JsonDocument.Parse(script.TextContent);
    }
}
