using System;
using System.Collections.Generic;
using System.CommandLine;
using FactCheck.Language;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

/// <summary>What every command takes: <c>PATH...</c> and <c>--sources DIR</c> in, <c>--out FILE</c> out.</summary>
internal sealed class SharedOptions
{
    private readonly Argument<string[]> _paths = CreatePathsArgument();

    private readonly Option<string> _sources = CreateSourcesOption();

    private readonly Option<string?> _out;

    /// <summary>Initializes a new instance of the <see cref="SharedOptions"/> class.</summary>
    /// <param name="written">What <c>--out</c> receives, for the help text, such as "the diagnostics".</param>
    /// <param name="defaultOutFile">The file written without <c>--out</c>, or <see langword="null"/> for standard output.</param>
    public SharedOptions(string written, string? defaultOutFile = null)
    {
        _out = new Option<string?>("--out", "-o")
        {
            Description = defaultOutFile is null
                ? $"Write {written} to FILE, atomically, instead of standard output."
                : $"Write {written} to FILE, atomically; '{CommandOutput.StandardOutputPath}' for standard output.",
            HelpName = "FILE",
        };
        if (defaultOutFile is not null)
        {
            _out.DefaultValueFactory = _ => defaultOutFile;
        }
    }

    /// <summary>Creates the <c>PATH...</c> argument: the <c>.check</c> files and folders a command reads.</summary>
    /// <returns>The argument, zero or more paths.</returns>
    public static Argument<string[]> CreatePathsArgument() => new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = $".check files, or folders searched recursively for them (skipping bin, obj and hidden folders). Default: ./{CheckInputs.DefaultCheckPath}",
    };

    /// <summary>Creates the <c>--sources DIR</c> option: the folder of source documents.</summary>
    /// <returns>The option, <c>./seeds</c> by default.</returns>
    public static Option<string> CreateSourcesOption() => new("--sources")
    {
        Description = "The folder of source documents the checks quote.",
        HelpName = "DIR",
        DefaultValueFactory = _ => ProjectDefaults.SourcesFolder,
    };

    /// <summary>Creates a <c>--format</c> option that accepts only the given formats.</summary>
    /// <param name="description">What each format gives.</param>
    /// <param name="formats">The accepted formats.</param>
    /// <returns>The option, without a default.</returns>
    public static Option<string> CreateFormatOption(string description, params string[] formats)
    {
        var format = new Option<string>("--format", "-f") { Description = description };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>Creates a command with the inputs, then <paramref name="options"/>, then <c>--out</c>.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="description">What it does and how it exits.</param>
    /// <param name="examples">Command lines to show under "Examples:" in its help.</param>
    /// <param name="options">The command's own options.</param>
    /// <returns>The command, without an action.</returns>
    public DocumentedCommand CreateCommand(string name, string description, IReadOnlyList<string> examples, params Option[] options)
    {
        var command = new DocumentedCommand(name, description, examples);
        command.Arguments.Add(_paths);
        command.Options.Add(_sources);
        foreach (Option option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(_out);
        return command;
    }

    /// <summary>Reads and compiles the inputs named on the command line.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">The run's current directory.</param>
    /// <returns>The compiled checks.</returns>
    /// <exception cref="InputException">An input is missing or unreadable.</exception>
    public CompiledChecks Compile(ParseResult parseResult, CliEnvironment environment) =>
        CompiledChecks.Compile(environment, parseResult.GetValue(_paths) ?? [], parseResult.GetValue(_sources) ?? ProjectDefaults.SourcesFolder, CorrectionDate(environment));

    /// <summary>
    /// Gets the date in UTC that corrections are held to (FC0031): the day of the time a report is stamped with,
    /// <c>SOURCE_DATE_EPOCH</c>, else the clock's, as the build's <c>FactCheckToday</c> is, so that every command gives the build's diagnostics.
    /// </summary>
    /// <param name="environment">The run's clock.</param>
    /// <returns>The date.</returns>
    /// <exception cref="InputException"><c>SOURCE_DATE_EPOCH</c> is malformed.</exception>
    public static CalendarDate CorrectionDate(CliEnvironment environment) =>
        UtcDate(ReportOptionsFromEnvironment().GeneratedAt ?? environment.Clock());

    /// <summary>Gets the date in UTC of a moment.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The date.</returns>
    public static CalendarDate UtcDate(DateTimeOffset moment) => CalendarDate.FromDateOnly(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>Writes the command's result to <c>--out</c>, or to standard output without it.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">The run's console and current directory.</param>
    /// <param name="content">The whole result.</param>
    /// <exception cref="InputException">The file cannot be written; an earlier file is left as it was.</exception>
    public void WriteResult(ParseResult parseResult, CliEnvironment environment, string content) =>
        CommandOutput.Write(environment, parseResult.GetValue(_out), content);

    /// <summary>The options a report (or its JSON-LD) is made with: the time from <c>SOURCE_DATE_EPOCH</c>, if set.</summary>
    /// <returns>The options.</returns>
    /// <exception cref="InputException"><c>SOURCE_DATE_EPOCH</c> is malformed.</exception>
    public static ReportOptions ReportOptionsFromEnvironment()
    {
        try
        {
            return ReportOptions.FromEnvironment();
        }
        catch (InvalidOperationException exception)
        {
            throw new InputException(exception.Message, exception);
        }
    }
}
