using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Language.Diagnostics;
using FactCheck.Reports;

namespace FactCheck.Cli.Serve;

/// <summary>
/// The page <c>factcheck serve</c> shows instead of the report while the checks have errors: every diagnostic with its
/// file, line, column, id and message, and a link to the last good report. It reloads itself as the report does.
/// </summary>
internal static class DiagnosticsPage
{
    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;background:#fff}"
        + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}"
        + "td.number{text-align:right;font-variant-numeric:tabular-nums}.error td.severity{color:#a4000f;font-weight:bold}code{font-size:.95em}"
        + "@media (prefers-color-scheme: dark){body{color:#eee;background:#111}a{color:#8cf}.error td.severity{color:#ff8a8a}}";

    // Exactly this style and the reload script may run; nothing loads from anywhere but the event stream of this server.
    private static readonly string s_policy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + $"script-src {LiveReloadScript.PolicySource}; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Renders the page for diagnostics that stopped the report.</summary>
    /// <param name="run">The run that gave them.</param>
    /// <param name="diagnostics">Every diagnostic of the run, errors and warnings, in the order the compilation gives them.</param>
    /// <param name="lastGoodRun">The last run free of errors, whose report <see cref="PreviewServer.LastGoodPath"/> serves, or <see langword="null"/> if none was.</param>
    /// <returns>The page.</returns>
    public static string Render(int run, IReadOnlyList<CheckDiagnostic> diagnostics, int? lastGoodRun)
    {
        var rows = new StringBuilder();
        int errors = 0;
        foreach (CheckDiagnostic diagnostic in diagnostics)
        {
            errors += diagnostic.IsError ? 1 : 0;
            string severity = diagnostic.IsError ? "error" : "warning";
            rows.Append(CultureInfo.InvariantCulture, $"<tr class=\"{severity}\"><td><code>{Encode(diagnostic.FilePath)}</code></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{diagnostic.Range.Start.Line}</td><td class=\"number\">{diagnostic.Range.Start.Column}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"severity\">{severity}</td><td><code>{diagnostic.Id}</code></td><td>{Encode(diagnostic.Message)}</td></tr>\n");
        }

        string heading = errors == 1 ? "1 error stops the report" : $"{errors} errors stop the report";
        string table =
            "<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Line</th><th scope=\"col\">Column</th>"
            + "<th scope=\"col\">Severity</th><th scope=\"col\">Id</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n"
            + rows + "</tbody>\n</table>";
        return Page(run, heading, table, lastGoodRun);
    }

    /// <summary>Renders the page for inputs that could not be read at all, such as a folder that was deleted.</summary>
    /// <param name="run">The run that failed.</param>
    /// <param name="message">What went wrong and what to do, as the command line says it.</param>
    /// <param name="lastGoodRun">The last run free of errors, or <see langword="null"/>.</param>
    /// <returns>The page.</returns>
    public static string RenderInputError(int run, string message, int? lastGoodRun) =>
        Page(run, "The checks cannot be read", $"<p>{Encode(message)}</p>", lastGoodRun);

    private static string Page(int run, string heading, string body, int? lastGoodRun)
    {
        string lastGood = lastGoodRun is { } good
            ? $"<a href=\"{PreviewServer.LastGoodPath}\">The last good report</a> (run {good}) is one click away."
            : "No run has been free of errors yet, so there is no report to show.";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + $"<meta http-equiv=\"Content-Security-Policy\" content=\"{s_policy}\">\n"
            + "<meta name=\"color-scheme\" content=\"light dark\">\n"
            + $"<title>{heading}: FactCheck</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>{Style}</style>\n</head>\n<body>\n"
            + $"<h1>{heading}</h1>\n"
            + $"<p>Run {run.ToString(CultureInfo.InvariantCulture)}. Fix the file and save: this page reloads itself. {lastGood}</p>\n"
            + body + "\n"
            + $"<script data-events=\"{PreviewServer.EventsAddress(run)}\">{LiveReloadScript.Text}</script>\n</body>\n</html>\n";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
