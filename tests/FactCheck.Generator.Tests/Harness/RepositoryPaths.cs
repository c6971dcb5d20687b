using System;
using System.IO;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Folders of the repository the tests run from, found by walking up to the folder holding FactCheck.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestProject => Path.Combine(Root, "tests", "FactCheck.Generator.Tests");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds FactCheck.sln.");
    }
}
