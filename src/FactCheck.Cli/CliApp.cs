using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using FactCheck.Cli.Commands;

namespace FactCheck.Cli;

/// <summary>The command line as a function of its arguments, console and current directory, so tests run it in-process.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line; never throws.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">The console streams and current directory.</param>
    /// <returns>The exit code: <see cref="ExitCodes.Valid"/>, <see cref="ExitCodes.CheckErrors"/> or <see cref="ExitCodes.BadInput"/>.</returns>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show the stack trace of an unexpected failure.",
            Recursive = true,
        };
        Command root = CreateRootCommand(environment, verbose);
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            string errors = string.Join(' ', parseResult.Errors.Select(error => OneLine(error.Message)));
            string helpCommand = parseResult.CommandResult.Command == root ? "factcheck --help" : $"factcheck {parseResult.CommandResult.Command.Name} --help";
            environment.Error.WriteLine($"factcheck: {errors} See '{helpCommand}'.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException exception)
        {
            environment.Error.WriteLine($"factcheck: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception exception)
        {
            bool showStackTrace = parseResult.GetValue(verbose);
            string hint = showStackTrace ? string.Empty : " (--verbose shows the stack trace)";
            environment.Error.WriteLine($"factcheck: unexpected failure: {exception.GetType().Name}: {OneLine(exception.Message)}{hint}");
            if (showStackTrace)
            {
                environment.Error.WriteLine(exception);
            }

            return ExitCodes.BadInput;
        }
    }

    /// <summary>The root command, named <c>factcheck</c> whatever the executable is called, so help shows the tool's command.</summary>
    private static Command CreateRootCommand(CliEnvironment environment, Option<bool> verbose)
    {
        var help = new HelpOption();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, ["factcheck check", "factcheck report --out report.html", "factcheck export --format claimreview --out claimreview.json"]);
        return new Command("factcheck", "FactCheck: validate fact-checks written in .check files, render their report (or serve it live while you write), export their claims and format the files.")
        {
            help,
            new VersionOption(),
            verbose,
            CheckCommand.Create(environment),
            ReportCommand.Create(environment),
            ExportCommand.Create(environment),
            FmtCommand.Create(environment),
            ServeCommand.Create(environment),
            LspCommand.Create(),
        };
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
