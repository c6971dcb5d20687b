using System;
using System.IO;

namespace FactCheck.Cli.Tests;

/// <summary>A temporary folder laid out like a repository: <c>checks/</c> for the test's files, <c>seeds/</c> a copy of the real seeds.</summary>
internal sealed class Workspace : IDisposable
{
    /// <summary>Claims quoted word for word from seed 000; FC0010 warns on the second (false, no evidence).</summary>
    public const string ValidChecks = """
        claim: 'The world is waiting for Iran\'s response' source: 000 status: true
          id: world-waiting
          by: 'Duns Scotus'
          said: 2020-01-05
          reviewed: 2026-11-21
          reviewer: 'M. Lindqvist'

        claim: 'Iran can retaliate for the drone strike' source: 000 status: false
          id: can-retaliate
          by: organization 'Trump administration'
        """;

    /// <summary>FC0004 at (1,8) and FC0003 at (4,28).</summary>
    public const string InvalidChecks = """
        claim: 'Iran invaded the moon' source: 000 status: true
          id: moon

        claim: 'Something' source: 999 status: mostly-true
        """;

    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "factcheck-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "checks"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        foreach (string seed in Directory.GetFiles(RepositoryRoot.Seeds))
        {
            File.Copy(seed, Path.Combine(Root, "seeds", Path.GetFileName(seed)));
        }
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public string Write(string relativePath, string text)
    {
        string path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public CliResult Run(params string[] args) => CliResult.Run(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
