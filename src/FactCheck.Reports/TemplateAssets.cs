using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Reports.ViewModel;
using Scriban;

namespace FactCheck.Reports;

/// <summary>The templates, stylesheet and script embedded in this assembly, read and parsed once.</summary>
internal sealed class TemplateAssets
{
    private const string ResourcePrefix = "FactCheck.Reports.Templates.";

    private static readonly Lazy<TemplateAssets> s_instance = new(Load);

    private readonly string _defaultPolicy;

    private TemplateAssets(Template functions, string mainTemplate, string style, string script, string liveReload)
    {
        Functions = functions;
        MainTemplate = mainTemplate;
        Style = new PageAsset(style);
        Script = new PageAsset(script);
        LiveReload = new PageAsset(liveReload);
        LiveReloadPolicySource = $"'{Sha256(liveReload)}'";
        _defaultPolicy = Policy(style, liveReload: false);
    }

    public static TemplateAssets Instance => s_instance.Value;

    /// <summary>Gets the built-in functions (<c>claim</c>, <c>badge</c>, <c>source</c>...) every page template may call, parsed once.</summary>
    public Template Functions { get; }

    public string MainTemplate { get; }

    public PageAsset Style { get; }

    public PageAsset Script { get; }

    /// <summary>Gets the stylesheet with a declared scale's rules after it, or the stylesheet itself when there are none.</summary>
    /// <param name="scaleRules">The rules <see cref="Building.ScaleStyle"/> wrote.</param>
    /// <returns>The page's stylesheet.</returns>
    public PageAsset StyleWith(string scaleRules) => scaleRules.Length == 0 ? Style : new PageAsset(Style.Text + scaleRules);

    /// <summary>Gets the script of a page served live, which reloads it on the server's events.</summary>
    public PageAsset LiveReload { get; }

    /// <summary>Gets the policy source that allows <see cref="LiveReload"/> by hash.</summary>
    public string LiveReloadPolicySource { get; }

    /// <summary>Gets the page's policy, which allows exactly <paramref name="style"/> and the script, and for a page served live the reload script too.</summary>
    /// <param name="style">The page's stylesheet, from <see cref="StyleWith"/>.</param>
    /// <param name="liveReload">Whether the page is served live, with <see cref="LiveReload"/>.</param>
    /// <returns>The Content-Security-Policy.</returns>
    public string ContentSecurityPolicy(PageAsset style, bool liveReload) =>
        ReferenceEquals(style, Style) && !liveReload ? _defaultPolicy : Policy(style.Text, liveReload);

    // Hashes let exactly this style and script run while the policy forbids every other inline style, script and
    // event handler: a defence behind the HTML encoding, should anything ever slip through it. A served page also runs
    // the reload script, which connects back to the server that sent the page and nowhere else.
    private string Policy(string style, bool liveReload) =>
        liveReload
            ? $"default-src 'none'; style-src '{Sha256(style)}'; script-src '{Sha256(Script.Text)}' {LiveReloadPolicySource}; "
                + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"
            : $"default-src 'none'; style-src '{Sha256(style)}'; script-src '{Sha256(Script.Text)}'; "
                + "img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Parses a template, failing with every message Scriban gives when it is not valid.</summary>
    public static Template Parse(string text, string name)
    {
        Template template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new ReportTemplateException(string.Join("; ", template.Messages.Select(message => message.ToString())));
        }

        return template;
    }

    private static TemplateAssets Load()
    {
        Assembly assembly = typeof(TemplateAssets).Assembly;
        return new TemplateAssets(
            Parse(Read(assembly, "functions.sbn-html"), "functions.sbn-html"),
            Read(assembly, "report.sbn-html"),
            Read(assembly, "report.css"),
            Read(assembly, "report.js"),
            Read(assembly, "live-reload.js"));
    }

    private static string Read(Assembly assembly, string fileName)
    {
        string name = ResourcePrefix + fileName;
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // A checkout that turned line endings into CRLF must still produce the same bytes.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
