using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>The inputs every command takes: <c>PATH...</c> and <c>--sources DIR</c>.</summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = $".check files, or folders searched recursively for them (skipping bin, obj and hidden folders). Default: ./{CheckInputs.DefaultCheckPath}",
    };

    private readonly Option<string> _sources = new("--sources")
    {
        Description = "The folder of source documents the checks quote.",
        HelpName = "DIR",
        DefaultValueFactory = _ => CheckInputs.DefaultSourcesFolder,
    };

    /// <summary>Adds the argument and option to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        command.Options.Add(_sources);
    }

    /// <summary>Reads and compiles the inputs named on the command line.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">The run's current directory.</param>
    /// <returns>The compiled checks.</returns>
    /// <exception cref="InputException">An input is missing or unreadable.</exception>
    public CompiledChecks Compile(ParseResult parseResult, CliEnvironment environment) =>
        CompiledChecks.Compile(environment, parseResult.GetValue(_paths) ?? [], parseResult.GetValue(_sources) ?? CheckInputs.DefaultSourcesFolder);

    /// <summary>Creates the <c>--out FILE</c> option.</summary>
    /// <param name="what">What the file receives, for the help text.</param>
    /// <returns>The option.</returns>
    public static Option<string?> CreateOutOption(string what) => new("--out", "-o")
    {
        Description = $"Write {what} to FILE, atomically, instead of standard output.",
        HelpName = "FILE",
    };
}
