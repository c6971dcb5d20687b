using System;
using System.IO;

namespace FactCheck.Reports.Tests;

/// <summary>Finds files of the repository the tests run in.</summary>
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>Gets the folder that holds <c>FactCheck.sln</c>.</summary>
    public static string Root => s_root.Value;

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FactCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds FactCheck.sln.");
    }
}
