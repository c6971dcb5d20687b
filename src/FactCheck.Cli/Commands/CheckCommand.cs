using System.CommandLine;
using FactCheck.Cli.Output;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck check</c>: validates <c>.check</c> files and prints their diagnostics.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliEnvironment environment)
    {
        var shared = new SharedOptions("the diagnostics");
        Option<string> format = SharedOptions.CreateFormatOption(
            "text: one line per diagnostic (path(line,col): error FC0004: message) and a summary; json: the shape in the README; sarif: SARIF 2.1.0 for code scanning.",
            "text",
            "json",
            "sarif");
        format.DefaultValueFactory = _ => "text";
        Command command = shared.CreateCommand(
            "check",
            "Validate .check files against the source documents. Exits 0 when valid (warnings allowed), 1 on any error diagnostic, 2 on bad usage or unreadable input.",
            [
                "factcheck check",
                "factcheck check checks/deterrence.check --sources seeds",
                "factcheck check checks --format sarif --out factcheck.sarif",
            ],
            format);
        command.SetAction(parseResult =>
        {
            CompiledChecks checks = shared.Compile(parseResult, environment);
            string content = parseResult.GetValue(format) switch
            {
                "json" => JsonDiagnosticWriter.Write(checks),
                "sarif" => SarifWriter.Write(checks),
                _ => TextDiagnosticWriter.Write(checks),
            };
            shared.WriteResult(parseResult, environment, content);
            return checks.Compilation.HasErrors ? ExitCodes.CheckErrors : ExitCodes.Valid;
        });
        return command;
    }
}
