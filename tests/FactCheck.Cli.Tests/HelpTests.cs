using System;

namespace FactCheck.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("factcheck check", "check", "--help")]
    [InlineData("factcheck export --format claimreview", "export", "--help")]
    [InlineData("factcheck report --template", "report", "--help")]
    [InlineData("factcheck fmt --check checks", "fmt", "--help")]
    [InlineData("factcheck serve checks --sources seeds --port 8080", "serve", "--help")]
    [InlineData("factcheck check", "--help")]
    [InlineData("--format sarif --out factcheck.sarif", "check", "-h")]
    public void Help_of_every_command_ends_with_examples(string example, params string[] args)
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, args);

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        string examples = result.Output[result.Output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains(example, examples, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }
}
