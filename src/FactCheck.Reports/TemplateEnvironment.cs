using System.Collections.Generic;
using System.IO;
using FactCheck.Reports.ViewModel;
using HandlebarsDotNet;

namespace FactCheck.Reports;

/// <summary>An isolated Handlebars environment with the report's partials and helpers, which compiles a page template.</summary>
internal static class TemplateEnvironment
{
    /// <summary>Compiles a page template in a fresh environment of its own.</summary>
    /// <param name="template">The page template's text.</param>
    /// <returns>The compiled template, which writes a <see cref="ReportView"/> to a writer.</returns>
    public static HandlebarsTemplate<TextWriter, object, object> Compile(string template)
    {
        TemplateAssets assets = TemplateAssets.Instance;
        IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // Set explicitly, not left to the default, because every {{value}} relies on it: text from .check files and
            // sources is written only through this encoder.
            TextEncoder = new HtmlEncoder(),

            // A misspelt name in a template fails loudly instead of leaving a quiet gap in the page.
            ThrowOnUnresolvedBindingExpression = true,
        });

        foreach (KeyValuePair<string, string> partial in assets.Partials)
        {
            handlebars.RegisterTemplate(partial.Key, partial.Value);
        }

        // The three helpers below are the only places that write unencoded text. The style and script are this assembly's
        // own resources, which the Content-Security-Policy allows by hash. The JSON-LD can only be a StructuredData, which
        // only the report's serialiser creates, and it escapes everything that could end the script element.
        handlebars.RegisterHelper("inline-style", (writer, _, _) => writer.WriteSafeString(assets.Style));
        handlebars.RegisterHelper("inline-script", (writer, _, _) => writer.WriteSafeString(assets.Script));
        handlebars.RegisterHelper("json-ld", (writer, _, arguments) =>
        {
            if (arguments.Length != 1 || arguments[0] is not StructuredData data)
            {
                throw new HandlebarsRuntimeException("json-ld takes one argument: structuredData.");
            }

            writer.WriteSafeString(data.Json);
        });

        using var reader = new StringReader(template);
        return handlebars.Compile(reader);
    }
}
