using System.IO;
using FactCheck.Testing;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Folders of the repository the tests run from, found by walking up to the folder holding FactCheck.sln.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestProject => Path.Combine(Root, "tests", "FactCheck.Generator.Tests");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");
}
