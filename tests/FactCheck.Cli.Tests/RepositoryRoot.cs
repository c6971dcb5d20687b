using System;
using System.IO;

namespace FactCheck.Cli.Tests;

/// <summary>The repository the tests run in: the folder holding FactCheck.sln, with the real checks/ and seeds/.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    private static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "FactCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds FactCheck.sln.");
    }
}
