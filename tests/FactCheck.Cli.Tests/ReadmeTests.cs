using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

/// <summary>The command line's README documents the options the commands have, no more and no fewer.</summary>
public sealed partial class ReadmeTests
{
    private const string SharedSection = "## Inputs, shared by check, report and export";

    private static readonly string[] s_commands = ["check", "report", "export", "fmt", "serve"];

    /// <summary>A command that reads sources and writes a result takes the shared inputs; <c>fmt</c> and <c>serve</c> document their own whole.</summary>
    [Theory]
    [InlineData("check", true)]
    [InlineData("report", true)]
    [InlineData("export", true)]
    [InlineData("fmt", false)]
    [InlineData("serve", false)]
    public void The_readme_names_exactly_the_options_of_the_commands_help(string command, bool takesSharedInputs)
    {
        string readme = Readme();

        IEnumerable<string> documented = ReadmeOptions(Section(readme, $"## `factcheck {command}`"));
        if (takesSharedInputs)
        {
            documented = documented.Union(ReadmeOptions(Section(readme, SharedSection)));
        }

        Assert.Equal(LongOptions(HelpOptions(command)).Order(), documented.Order());
    }

    [Fact]
    public void Every_option_the_readme_names_is_in_some_help()
    {
        IEnumerable<string> known = s_commands.SelectMany(command => LongOptions(HelpOptions(command))).Union(LongOptions(HelpOptions()));

        Assert.Empty(ReadmeOptions(Readme()).Except(known));
    }

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FactCheck.Cli", "README.md"));

    /// <summary>The text from <paramref name="heading"/> to the next heading of the same level.</summary>
    private static string Section(string readme, string heading)
    {
        int start = readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no section '{heading}'.");
        int end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    /// <summary>The "Options:" part of a command's help (the root's without a command).</summary>
    private static string HelpOptions(params string[] command)
    {
        CliResult help = CliResult.Run(RepositoryRoot.Path, [.. command, "--help"]);
        Assert.Equal(ExitCodes.Valid, help.ExitCode);
        int start = help.Output.IndexOf("Options:", StringComparison.Ordinal);
        int end = help.Output.IndexOf("\n\n", start, StringComparison.Ordinal);
        return help.Output[start..end];
    }

    /// <summary>The options named in README text, leaving out those of <c>dotnet</c> commands such as <c>dotnet run --project</c>.</summary>
    private static HashSet<string> ReadmeOptions(string text) => LongOptions(DotnetCommand().Replace(text, string.Empty));

    private static HashSet<string> LongOptions(string text) => [.. LongOption().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*[a-z]")]
    private static partial Regex LongOption();

    [GeneratedRegex(@"`dotnet [^`\n]*`|^dotnet .*$", RegexOptions.Multiline)]
    private static partial Regex DotnetCommand();
}
