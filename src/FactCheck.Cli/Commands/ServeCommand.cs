using System;
using System.CommandLine;
using FactCheck.Cli.Serve;
using FactCheck.Language;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck serve</c>: the report on localhost, rendered again and reloaded in the browser whenever a file changes.</summary>
internal static class ServeCommand
{
    /// <summary>The port served without <c>--port</c>.</summary>
    public const int DefaultPort = 5170;

    /// <summary>
    /// How long the files must stay unchanged before a run: an editor's save, or a save of many files, comes as several
    /// changes in a few milliseconds, and should give one run.
    /// </summary>
    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>Creates the command.</summary>
    /// <param name="environment">The run's console and current directory.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliEnvironment environment)
    {
        Argument<string[]> paths = SharedOptions.CreatePathsArgument();
        Option<string> sources = SharedOptions.CreateSourcesOption();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1; 0 for any free one.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        var command = new DocumentedCommand(
            "serve",
            $"Serve the HTML verdict report on http://127.0.0.1 (only this machine can open it), check and render it again {s_quiet.TotalMilliseconds} ms after the last change to a .check or source file, and reload the open page. While the checks have errors the page lists them (file, line, column, id, message) and links to the last good report at {PreviewServer.LastGoodPath}. Ctrl+C stops it, with exit code 0; exit code 2 when an input does not exist or the port is taken.",
            [
                "factcheck serve",
                "factcheck serve checks --sources seeds --port 8080",
                "factcheck serve --port 0",
            ])
        {
            paths,
            sources,
            port,
        };
        command.SetAction((parseResult, cancellation) => PreviewServer.RunAsync(
            environment,
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(sources) ?? ProjectDefaults.SourcesFolder,
            parseResult.GetValue(port),
            s_quiet,
            cancellation));
        return command;
    }
}
