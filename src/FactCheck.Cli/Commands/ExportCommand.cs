using System.CommandLine;
using FactCheck.Cli.Output;
using FactCheck.Language;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck export</c>: the claims as schema.org ClaimReview JSON-LD, or as the plain model.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new SharedOptions("the export");
        Option<string> format = SharedOptions.CreateFormatOption(
            "claimreview: schema.org ClaimReview JSON-LD, one per claim; json: the plain model, in the shape in the README.",
            "claimreview",
            "json");
        format.Required = true;
        var reportUrl = new ReportUrlOption();
        Command command = shared.CreateCommand(
            "export",
            "Export the claims of valid .check files. With any error diagnostic nothing is written, the diagnostics go to standard error and the exit code is 1.",
            [
                "factcheck export --format claimreview --out claimreview.json",
                "factcheck export checks --sources seeds --format json",
                "factcheck export --format claimreview --report-url https://example.org/checks/report.html",
            ],
            format,
            reportUrl.Option);
        command.SetAction(parseResult =>
        {
            ReportOptions options = reportUrl.AppliedTo(SharedOptions.ReportOptionsFromEnvironment(), parseResult);
            CompiledChecks checks = shared.Compile(parseResult, environment);
            if (checks.ReportDiagnostics(environment))
            {
                return ExitCodes.CheckErrors;
            }

            CheckModel model = checks.ToModel();
            string content = parseResult.GetValue(format) == "claimreview"
                ? ClaimReviewJsonLd.Write(model.Claims, options)
                : ModelJsonWriter.Write(model);
            shared.WriteResult(parseResult, environment, content);
            return ExitCodes.Valid;
        });
        return command;
    }
}
