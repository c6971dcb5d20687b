using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
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
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"factcheck: {OneLine(error.Message)}");
            }

            environment.Error.WriteLine("Run 'factcheck --help' for usage.");
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
#pragma warning disable CA1031 // The command line's promise: no input ends in a stack trace, whatever fails.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            environment.Error.WriteLine($"factcheck: unexpected failure: {exception.GetType().Name}: {exception.Message}");
            if (parseResult.GetValue(verbose))
            {
                environment.Error.WriteLine(exception);
            }
            else
            {
                environment.Error.WriteLine("Run again with --verbose for the stack trace.");
            }

            return ExitCodes.BadInput;
        }
    }

    /// <summary>The root command, named <c>factcheck</c> whatever the executable is called, so help shows the tool's command.</summary>
    private static Command CreateRootCommand(CliEnvironment environment, Option<bool> verbose)
    {
        var help = new HelpOption();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, ["factcheck check", "factcheck export --format claimreview --out claimreview.json"]);
        return new Command("factcheck", "FactCheck: validate fact-checks written in .check files, and export their claims.")
        {
            help,
            new VersionOption(),
            verbose,
            CheckCommand.Create(environment),
            ExportCommand.Create(environment),
        };
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
