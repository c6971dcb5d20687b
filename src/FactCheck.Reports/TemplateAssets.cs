using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reports;

/// <summary>The templates, stylesheet and script embedded in this assembly, read once.</summary>
internal sealed class TemplateAssets
{
    private const string ResourcePrefix = "FactCheck.Reports.Templates.";
    private const string MainTemplateName = "report";

    private static readonly Lazy<TemplateAssets> s_instance = new(Load);

    private TemplateAssets(IReadOnlyDictionary<string, string> partials, string mainTemplate, string style, string script)
    {
        Partials = partials;
        MainTemplate = mainTemplate;
        Style = style;
        Script = script;

        // Hashes let exactly this style and script run while the policy forbids every other inline style, script and
        // event handler: a defence behind the HTML encoding, should anything ever slip through it.
        ContentSecurityPolicy =
            $"default-src 'none'; style-src '{Sha256(style)}'; script-src '{Sha256(script)}'; "
            + "img-src data:; base-uri 'none'; form-action 'none'";
    }

    public static TemplateAssets Instance => s_instance.Value;

    /// <summary>Gets the partial templates by name: each <c>.hbs</c> file but the main one, named by its file name.</summary>
    public IReadOnlyDictionary<string, string> Partials { get; }

    public string MainTemplate { get; }

    public string Style { get; }

    public string Script { get; }

    public string ContentSecurityPolicy { get; }

    private static TemplateAssets Load()
    {
        Assembly assembly = typeof(TemplateAssets).Assembly;
        Dictionary<string, string> templates = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".hbs", StringComparison.Ordinal))
            .ToDictionary(name => name[ResourcePrefix.Length..^".hbs".Length], name => Read(assembly, name), StringComparer.Ordinal);
        string main = templates[MainTemplateName];
        templates.Remove(MainTemplateName);

        // A partial is written within a line, so the line break that ends its file is not part of it.
        foreach ((string name, string partial) in templates)
        {
            templates[name] = partial.TrimEnd('\n');
        }

        return new TemplateAssets(templates, main, Read(assembly, ResourcePrefix + "report.css"), Read(assembly, ResourcePrefix + "report.js"));
    }

    private static string Read(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // A checkout that turned line endings into CRLF must still produce the same bytes.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
