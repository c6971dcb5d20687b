using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FactCheck.Reports.Building;
using FactCheck.Reports.ViewModel;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FactCheck.Reports;

/// <summary>
/// Renders claims and their source documents into one self-contained HTML page: a summary, every claim with its
/// permalink, the annotated sources, filters and schema.org ClaimReview data. A renderer holds one compiled template and
/// may be used many times, from several threads.
/// </summary>
public sealed class ReportRenderer
{
    private static readonly Lazy<ReportRenderer> s_default = new(() => new ReportRenderer(TemplateAssets.Instance.MainTemplate, "report.sbn-html"));
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Template _template;

    private ReportRenderer(string template, string name)
    {
        _template = TemplateAssets.Parse(template, name);
    }

    /// <summary>Gets the renderer with the built-in template, compiled once for the whole process.</summary>
    public static ReportRenderer Default => s_default.Value;

    /// <summary>Creates a renderer with a page template of one's own, which may call the built-in functions.</summary>
    /// <param name="template">A Scriban template that renders a <see cref="ReportView"/>.</param>
    /// <returns>A renderer with the template parsed.</returns>
    /// <exception cref="ReportTemplateException">The template is not valid Scriban.</exception>
    public static ReportRenderer FromTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new ReportRenderer(template, "template");
    }

    /// <summary>Creates a renderer with a page template read from a file (UTF-8), which may call the built-in functions.</summary>
    /// <param name="path">The path of a <c>.sbn-html</c> file that renders a <see cref="ReportView"/>.</param>
    /// <returns>A renderer with the template parsed.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ReportTemplateException">The template is not valid Scriban.</exception>
    public static ReportRenderer FromTemplateFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ReportRenderer(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
    }

    /// <summary>Renders a report to a string.</summary>
    /// <param name="claims">The claims, in any order: the page orders them by where they were written.</param>
    /// <param name="sources">The source documents; sources that claims name but this list lacks are added.</param>
    /// <param name="options">The report's title, time and publisher.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentException">Two claims or two sources share an id, or a passage lies outside its source's text.</exception>
    /// <exception cref="ReportTemplateException">The template failed: it read a name the view model lacks, or gave <c>embed</c> something else than the report's own asset.</exception>
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
    /// <exception cref="ReportTemplateException">The template failed: it read a name the view model lacks, or gave <c>embed</c> something else than the report's own asset.</exception>
    public void Write(TextWriter writer, IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        TemplateAssets assets = TemplateAssets.Instance;
        ReportView view = ReportViewBuilder.Build(claims, sources, options, assets);
        var filtered = new HtmlCharacterWriter(writer);
        var context = new HtmlTemplateContext();
        var model = new ScriptObject();
        model.Import(view, renamer: context.MemberRenamer);
        context.PushGlobal(model);
        try
        {
            // The built-in functions are defined first, in an output of their own: their file holds only definitions.
            context.PushOutput();
            assets.Functions.Render(context);
            context.PopOutput();

            context.PushOutput(new TextWriterOutput(filtered));
            _template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new ReportTemplateException($"The template failed: {exception.Message}", exception);
        }

        filtered.Flush();
    }

    /// <summary>Renders a report to a stream as UTF-8 without a byte order mark; the stream is left open.</summary>
    /// <param name="stream">Where the HTML page goes.</param>
    /// <param name="claims">The claims, in any order: the page orders them by where they were written.</param>
    /// <param name="sources">The source documents; sources that claims name but this list lacks are added.</param>
    /// <param name="options">The report's title, time and publisher.</param>
    /// <exception cref="ArgumentException">Two claims or two sources share an id, or a passage lies outside its source's text.</exception>
    /// <exception cref="ReportTemplateException">The template failed: it read a name the view model lacks, or gave <c>embed</c> something else than the report's own asset.</exception>
    public void Write(Stream stream, IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(writer, claims, sources, options);
    }
}
