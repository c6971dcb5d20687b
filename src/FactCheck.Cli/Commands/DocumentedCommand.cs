using System.Collections.Generic;
using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>A command whose <c>--help</c> ends with examples to copy.</summary>
internal sealed class DocumentedCommand : Command
{
    public DocumentedCommand(string name, string description, IReadOnlyList<string> examples)
        : base(name, description)
    {
        Examples = examples;
    }

    /// <summary>Gets complete command lines, each shown on its own line under "Examples:".</summary>
    public IReadOnlyList<string> Examples { get; }
}
