using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace FactCheck.Cli.Commands;

/// <summary>The standard help, followed by the examples of the command asked about.</summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standardHelp;
    private readonly IReadOnlyList<string> _rootExamples;

    public ExamplesHelpAction(HelpAction standardHelp, IReadOnlyList<string> rootExamples)
    {
        _standardHelp = standardHelp;
        _rootExamples = rootExamples;
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        int exitCode = _standardHelp.Invoke(parseResult);
        IReadOnlyList<string> examples = parseResult.CommandResult.Command is DocumentedCommand command ? command.Examples : _rootExamples;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Examples:");
        foreach (string example in examples)
        {
            output.WriteLine($"  {example}");
        }

        output.WriteLine();
        return exitCode;
    }
}
