using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FactCheck.Reports.Building;
using FactCheck.Reports.ViewModel;
using HandlebarsDotNet;

namespace FactCheck.Reports;

/// <summary>
/// Renders claims and their source documents into one self-contained HTML page: a summary, every claim with its
/// permalink, the annotated sources, filters and schema.org ClaimReview data. A renderer holds one compiled template and
/// may be used many times, from several threads.
/// </summary>
public sealed class ReportRenderer
{
    private static readonly Lazy<ReportRenderer> s_default = new(() => new ReportRenderer(TemplateAssets.Instance.MainTemplate));
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HandlebarsTemplate<TextWriter, object, object> _template;

    private ReportRenderer(string template)
    {
        _template = TemplateEnvironment.Compile(template);
    }

    /// <summary>Gets the renderer with the built-in template, compiled once for the whole process.</summary>
    public static ReportRenderer Default => s_default.Value;

    /// <summary>Creates a renderer with a page template of one's own, which may use the built-in partials and helpers.</summary>
    /// <param name="template">A Handlebars template that renders a <see cref="ReportView"/>.</param>
    /// <returns>A renderer with the template compiled.</returns>
    /// <exception cref="HandlebarsException">The template is not valid Handlebars.</exception>
    public static ReportRenderer FromTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new ReportRenderer(template);
    }

    /// <summary>Creates a renderer with a page template read from a file (UTF-8), which may use the built-in partials and helpers.</summary>
    /// <param name="path">The path of a <c>.hbs</c> file that renders a <see cref="ReportView"/>.</param>
    /// <returns>A renderer with the template compiled.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="HandlebarsException">The template is not valid Handlebars.</exception>
    public static ReportRenderer FromTemplateFile(string path) => FromTemplate(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Renders a report to a string.</summary>
    /// <param name="claims">The claims, in any order: the page orders them by where they were written.</param>
    /// <param name="sources">The source documents; sources that claims name but this list lacks are added.</param>
    /// <param name="options">The report's title, time and publisher.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentException">Two claims or two sources share an id, or a passage lies outside its source's text.</exception>
    public string Render(IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions options)
    {
        using var writer = new StringWriter();
        Write(writer, claims, sources, options);
        return writer.ToString();
    }

    /// <summary>Renders a report to a writer.</summary>
    /// <param name="writer">Where the HTML page goes.</param>
    /// <param name="claims">The claims, in any order: the page orders them by where they were written.</param>
    /// <param name="sources">The source documents; sources that claims name but this list lacks are added.</param>
    /// <param name="options">The report's title, time and publisher.</param>
    /// <exception cref="ArgumentException">Two claims or two sources share an id, or a passage lies outside its source's text.</exception>
    public void Write(TextWriter writer, IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ReportView view = ReportViewBuilder.Build(claims, sources, options, TemplateAssets.Instance.ContentSecurityPolicy);
        var filtered = new HtmlCharacterWriter(writer);
        _template(filtered, view);
        filtered.Flush();
    }

    /// <summary>Renders a report to a stream as UTF-8 without a byte order mark; the stream is left open.</summary>
    /// <param name="stream">Where the HTML page goes.</param>
    /// <param name="claims">The claims, in any order: the page orders them by where they were written.</param>
    /// <param name="sources">The source documents; sources that claims name but this list lacks are added.</param>
    /// <param name="options">The report's title, time and publisher.</param>
    /// <exception cref="ArgumentException">Two claims or two sources share an id, or a passage lies outside its source's text.</exception>
    public void Write(Stream stream, IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(writer, claims, sources, options);
    }
}
