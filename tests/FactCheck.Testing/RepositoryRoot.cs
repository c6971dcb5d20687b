using System;
using System.IO;

namespace FactCheck.Testing;

/// <summary>The repository the tests run in: the folder above the test binaries that holds FactCheck.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>Gets the repository's root folder.</summary>
    public static string Path { get; } = Find();

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
