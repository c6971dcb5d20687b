using System.Text.Json;
using FactCheck.Cli.Output;
using FactCheck.Language;

namespace FactCheck.Cli.Tests;

/// <summary>The command line and the source generator read the same checks into the same model.</summary>
public sealed class TypedPathTests
{
    [Fact]
    public void The_exported_model_is_the_model_the_generated_code_holds()
    {
        string typed = ModelJsonWriter.Write(new CheckModel(Checks.Sources.All, Checks.Claims.All));

        CliResult result = CliResult.Run(RepositoryRoot.Path, "export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        Assert.Equal(typed, result.Output);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(Checks.Claims.All.Count, json.RootElement.GetProperty("claims").GetArrayLength());
    }
}
