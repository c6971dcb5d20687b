using System;
using System.Buffers;
using System.Globalization;
using FactCheck.Reports.ViewModel;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FactCheck.Reports;

/// <summary>
/// The Scriban context every report template renders in. Every value a template writes with <c>{{ value }}</c> comes
/// through <see cref="Write(SourceSpan, object)"/>, which HTML-encodes it; the template's literal text passes unchanged.
/// The one way to write unencoded text is the <c>embed</c> function, and it accepts only the report's own stylesheet,
/// script and JSON-LD.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>The name of the function that writes the report's own assets unencoded.</summary>
    public const string EmbedFunction = "embed";

    // What HTML-encoding replaces: enough for text and for attribute values in either kind of quotes.
    private static readonly SearchValues<char> s_special = SearchValues.Create("&<>\"'");

    public HtmlTemplateContext()
    {
        // A misspelt name fails the render instead of leaving a quiet gap in the page.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;

        // The report's loops walk the model, which is as large as the input: Scriban's defaults (1,000 iterations, and
        // output cut at a million characters) would fail or truncate any real report. No template here runs a loop the
        // model does not bound.
        LoopLimit = 0;
        LoopLimitQueryable = 0;
        OutputLimit = 0;
        LimitToString = 0;
        PushCulture(CultureInfo.InvariantCulture);

        var functions = new ScriptObject();
        functions.Import(EmbedFunction, new Func<TemplateContext, object?, object?>(Embed));
        PushGlobal(functions);
    }

    /// <summary>Writes a value the template computed, HTML-encoded, so that text from <c>.check</c> files and sources is always shown as text.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        string text = textAsObject as string ?? ObjectToString(textAsObject) ?? string.Empty;
        int written = 0;
        int next;
        while ((next = text.AsSpan(written).IndexOfAny(s_special)) >= 0)
        {
            int special = written + next;
            Write(text, written, special - written);
            Write(text[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#x27;",
            });
            written = special + 1;
        }

        return Write(text, written, text.Length - written);
    }

    // The style and script are this assembly's own resources, which the Content-Security-Policy allows by hash. The
    // JSON-LD can only be a StructuredData, which only the report's serialiser creates, and it escapes everything that
    // could end the script element. Nothing else is ever written unencoded.
    private static object? Embed(TemplateContext context, object? asset)
    {
        string text = asset switch
        {
            PageAsset page => page.Text,
            StructuredData data => data.Json,
            _ => throw new ReportTemplateException(
                $"{EmbedFunction} takes only the report's own style, script or structured_data, not {asset?.GetType().Name ?? "null"}."),
        };
        context.Write(text);
        return null;
    }
}
