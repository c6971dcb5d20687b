using System;
using System.CommandLine;
using System.IO;
using FactCheck.Language;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck report</c>: the HTML verdict report of FactCheck.Reports, for valid <c>.check</c> files.</summary>
internal static class ReportCommand
{
    /// <summary>The file written without <c>--out</c>.</summary>
    public const string DefaultReportFile = "report.html";

    /// <summary>Creates the command.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new SharedOptions("the report", DefaultReportFile);
        var template = new Option<string?>("--template")
        {
            Description = "A Scriban page template of one's own (UTF-8, such as my-report.sbn-html) instead of the built-in page; it may call the built-in functions.",
            HelpName = "FILE",
        };
        var title = new Option<string?>("--title")
        {
            Description = $"The page's title. Default: {new ReportOptions().Title}",
            HelpName = "TEXT",
        };
        var reportUrl = new ReportUrlOption();
        Command command = shared.CreateCommand(
            "report",
            $"Render the HTML verdict report of valid .check files, the same bytes as the report library gives for the same claims; the time shown comes from {ReportOptions.SourceDateEpochVariable} when it is set. With any error diagnostic nothing is written, the diagnostics go to standard error and the exit code is 1.",
            [
                "factcheck report",
                "factcheck report checks --sources seeds --out site/index.html",
                "factcheck report --template my-report.sbn-html --title \"Iran, January 2020\" --out report.html",
                "factcheck report --report-url https://example.org/checks/report.html --out site/checks/report.html",
            ],
            template,
            title,
            reportUrl.Option);
        command.SetAction(parseResult =>
        {
            ReportRenderer renderer = LoadRenderer(environment, parseResult.GetValue(template));
            ReportOptions options = SharedOptions.ReportOptionsFromEnvironment();
            options = parseResult.GetValue(title) is { } chosen ? options with { Title = chosen } : options;
            options = reportUrl.AppliedTo(options, parseResult);
            CompiledChecks checks = shared.Compile(parseResult, environment);
            if (checks.ReportDiagnostics(environment))
            {
                return ExitCodes.CheckErrors;
            }

            CheckModel model = checks.ToModel();
            string html;
            try
            {
                html = renderer.Render(model.Claims, model.Sources, options);
            }
            catch (ReportTemplateException exception)
            {
                throw new InputException(exception.Message, exception);
            }

            shared.WriteResult(parseResult, environment, html);
            return ExitCodes.Valid;
        });
        return command;
    }

    private static ReportRenderer LoadRenderer(CliEnvironment environment, string? templatePath)
    {
        if (templatePath is null)
        {
            return ReportRenderer.Default;
        }

        string fullPath = environment.FullPath(templatePath);
        string shown = environment.DisplayPath(fullPath);
        if (!File.Exists(fullPath))
        {
            throw new InputException($"template '{shown}' does not exist.");
        }

        try
        {
            return ReportRenderer.FromTemplateFile(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read template '{shown}': {exception.Message}", exception);
        }
        catch (ReportTemplateException exception)
        {
            throw new InputException($"template '{shown}' is not valid Scriban: {exception.Message}", exception);
        }
    }
}
