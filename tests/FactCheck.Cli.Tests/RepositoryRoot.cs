namespace FactCheck.Cli.Tests;

/// <summary>The repository the tests run in: the folder holding FactCheck.sln, with the real checks/ and seeds/.</summary>
internal static class RepositoryRoot
{
    public static string Path => FactCheck.Testing.RepositoryRoot.Path;

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");
}
