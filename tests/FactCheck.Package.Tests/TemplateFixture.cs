using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FactCheck.Testing;

namespace FactCheck.Package.Tests;

/// <summary>
/// The three packages <c>dotnet pack</c> makes for a project (FactCheck, FactCheck.Reports, FactCheck.Templates) packed
/// once into a folder that is the only package source, and the template installed from it into a template store of the
/// tests' own, so the user's store is left alone and nothing is fetched from the network.
/// </summary>
public sealed class TemplateFixture : IAsyncLifetime
{
#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    /// <summary>Gets the temporary folder the projects are created in; its <c>nuget.config</c> names only <see cref="Feed"/>.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("factcheck-template-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>Gets the environment of every dotnet command: its own packages folder, CLI home and template store.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home"),
    };

    /// <summary>Gets the version the packages were packed with, read from the FactCheck package's file name.</summary>
    public string Version { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        foreach (string project in new[] { "FactCheck.Package", "FactCheck.Reports.Package", "FactCheck.Templates" })
        {
            await SucceedsAsync(RepositoryRoot.Path, "pack", Path.Combine("src", project), "--no-build", "-p:BuildProjectReferences=false", "--configuration", BuildConfiguration, "-o", Feed);
        }

        // The report needs Scriban from the registry: the copy restored for this repository stands in for it, offline.
        string scriban = ScribanPackage();
        File.Copy(scriban, Path.Combine(Feed, Path.GetFileName(scriban)));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="factcheck" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        Version = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "FactCheck.Templates.*.nupkg").Single())["FactCheck.Templates.".Length..];
        await SucceedsAsync(Root, "new", "install", Path.Combine(Feed, $"FactCheck.Templates.{Version}.nupkg"), "--debug:custom-hive", TemplateStore);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs <c>dotnet new factcheck</c> with <paramref name="options"/> in <see cref="Root"/>, from the tests' template store.</summary>
    /// <returns>The new project's folder.</returns>
    public async Task<string> NewProjectAsync(string name, params string[] options)
    {
        await SucceedsAsync(Root, ["new", "factcheck", "--name", name, .. options, "--no-update-check", "--debug:custom-hive", TemplateStore]);
        return Path.Combine(Root, name);
    }

    /// <summary>Runs a dotnet command in the tests' environment and fails with its output unless it exits 0.</summary>
    /// <returns>What it printed.</returns>
    public async Task<string> SucceedsAsync(string directory, params string[] arguments)
    {
        (int exitCode, string output) = await DotnetProcess.RunAsync(directory, Environment, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {exitCode}:\n{output}");
        return output;
    }

    private string TemplateStore => Path.Combine(Root, "templates");

    private static string ScribanPackage()
    {
        string version = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(package => (string?)package.Attribute("Include") == "Scriban.Signed")
            .Attribute("Version")!.Value;
        string packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "scriban.signed", version, $"scriban.signed.{version}.nupkg");
    }
}
