using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Formatting;
using FactCheck.Language.Sources;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck fmt</c>: rewrites <c>.check</c> files in the canonical layout, or with <c>--check</c> lists those that are not in it.</summary>
internal static class FmtCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliEnvironment environment)
    {
        Argument<string[]> paths = SharedOptions.CreatePathsArgument();
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing: list the files that are not formatted, and exit 1 if there is any (for CI).",
        };
        var command = new DocumentedCommand(
            "fmt",
            "Rewrite .check files in the canonical layout (the README's \"Formatting\"), keeping every comment and string, and print the path of each file changed. A file with a syntax error is left as it is and its errors printed. Exits 0 when every file is formatted, 1 when a file has a syntax error or, with --check, is not formatted, 2 on bad usage or unreadable input.",
            [
                "factcheck fmt",
                "factcheck fmt checks/deterrence.check",
                "factcheck fmt --check checks",
            ])
        {
            paths,
            check,
        };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(paths) ?? [], parseResult.GetValue(check)));
        return command;
    }

    private static int Run(CliEnvironment environment, IReadOnlyList<string> paths, bool checkOnly)
    {
        int unformatted = 0;
        bool anyError = false;
        foreach ((string fullPath, TextFile file) in CheckInputs.ReadCheckFiles(environment, paths))
        {
            FormatResult result = file.NotDecoded is { } notDecoded
                ? FormatResult.Unformattable(file.Text, [notDecoded])
                : CheckFormatter.Format(file.Path, file.Text);
            if (!result.IsFormatted)
            {
                anyError = true;
                foreach (CheckDiagnostic error in result.Errors)
                {
                    environment.Error.WriteLine(error);
                }

                environment.Error.WriteLine($"factcheck: '{file.Path}' was left as it is: fix the errors above, then format it.");
                continue;
            }

            if (!result.Changed)
            {
                continue;
            }

            unformatted++;
            if (!checkOnly)
            {
                Write(environment, fullPath, file.Path, result.Text);
            }

            environment.Output.WriteLine(file.Path);
        }

        if (checkOnly && unformatted > 0)
        {
            environment.Error.WriteLine($"factcheck: {unformatted} {(unformatted == 1 ? "file is" : "files are")} not formatted: run 'factcheck fmt' on {(unformatted == 1 ? "it" : "them")}.");
        }

        return anyError || (checkOnly && unformatted > 0) ? ExitCodes.CheckErrors : ExitCodes.Valid;
    }

    /// <summary>Replaces the file atomically, so a failed write leaves it as it was.</summary>
    private static void Write(CliEnvironment environment, string fullPath, string shownPath, string text)
    {
        try
        {
            AtomicFile.Write(fullPath, text, environment.CreateFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{shownPath}': {exception.Message}", exception);
        }
    }
}
