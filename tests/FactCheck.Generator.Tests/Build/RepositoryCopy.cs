using System;
using System.IO;
using System.Threading.Tasks;
using FactCheck.Generator.Tests.Harness;

namespace FactCheck.Generator.Tests.Build;

/// <summary>
/// A copy of what building <c>checks/</c> needs (checks, seeds, src and the root build files) in a temporary folder,
/// shared by the build tests so that only the first build there restores and compiles everything.
/// </summary>
public sealed class RepositoryCopy : IAsyncLifetime
{
    private static readonly string[] s_folders = ["checks", "seeds", "src"];
    private static readonly string[] s_rootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "factcheck-build-" + Guid.NewGuid().ToString("N"));

    public string Checks => Path.Combine(Root, "checks");

    public ValueTask InitializeAsync()
    {
        foreach (string folder in s_folders)
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(Root, folder));
        }

        foreach (string file in s_rootFiles)
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(Root, file));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Puts the <c>.check</c> files back as the repository has them and removes anything a test added to <c>checks/</c>.</summary>
    public void ResetChecks()
    {
        foreach (string file in Directory.GetFiles(Checks))
        {
            File.Delete(file);
        }

        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "checks")))
        {
            File.Copy(file, Path.Combine(Checks, Path.GetFileName(file)));
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(to, name));
            }
        }
    }
}
