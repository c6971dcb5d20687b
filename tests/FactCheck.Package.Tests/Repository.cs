using System;
using System.IO;

namespace FactCheck.Package.Tests;

/// <summary>Finds the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FactCheck.sln was not found above " + AppContext.BaseDirectory);
    }
}
