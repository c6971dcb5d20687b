using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using System;
using FactCheck.Testing;

namespace FactCheck.Package.Tests;

/// <summary>
/// Uses FactCheck as a newcomer would: pack it, make a fresh console project that takes packages only from that
/// folder, add the package, drop in a source and a .check file, build, run, and break a quote.
/// </summary>
public sealed class NewcomerTests : IDisposable
{
    private const string Check = "claim: 'ISIS has been defeated' source: 000 status: contested\n  evidence: 000 'to prevent a resurgence of the Islamic State jihadist group'\n";

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private readonly string _root = Directory.CreateTempSubdirectory("factcheck-newcomer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_fresh_project_with_the_package_builds_its_checks_and_fails_on_a_broken_quote()
    {
        string feed = Path.Combine(_root, "feed");
        string project = Path.Combine(_root, "Newcomer");
        Directory.CreateDirectory(project);
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

        await Pack(Path.Combine("src", "FactCheck.Package"), feed);
        await Succeeds(project, isolated, "new", "console", "--name", "Newcomer", "--output", ".");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="factcheck" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        await Succeeds(project, isolated, "add", "package", "FactCheck");

        Directory.CreateDirectory(Path.Combine(project, "seeds"));
        foreach (string seed in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")))
        {
            File.Copy(seed, Path.Combine(project, "seeds", Path.GetFileName(seed)));
        }

        File.WriteAllText(Path.Combine(project, "isis.check"), Check);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            foreach (FactCheck.Claim claim in Newcomer.Claims.All)
            {
                System.Console.WriteLine($"{claim.Id} is {claim.Verdict} at line {claim.Passage.Start.Line} of {claim.Source.Id}");
            }
            """);

        string ran = await Succeeds(project, isolated, "run", "-nodeReuse:false");
        Assert.Contains("isis-has-been-defeated is Contested at line 15 of 000", ran, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project, "isis.check"), Check.Replace("has been defeated", "was defeated", StringComparison.Ordinal));
        (int exitCode, string output) = await DotnetProcess.RunAsync(project, isolated, "build", "-nodeReuse:false");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("isis.check(1,8): error FC0004", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_tool_checks_the_same_files()
    {
        string feed = Path.Combine(_root, "feed");
        string tools = Path.Combine(_root, "tools");
        string work = Path.Combine(_root, "work");
        Directory.CreateDirectory(Path.Combine(work, "checks"));
        Directory.CreateDirectory(Path.Combine(work, "seeds"));
        foreach (string seed in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")))
        {
            File.Copy(seed, Path.Combine(work, "seeds", Path.GetFileName(seed)));
        }

        File.WriteAllText(Path.Combine(work, "checks", "isis.check"), Check);
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

        await Pack(Path.Combine("src", "FactCheck.Cli"), feed);
        await Succeeds(work, isolated, "tool", "install", "FactCheck.Cli", "--tool-path", tools, "--add-source", feed, "--ignore-failed-sources");
        string factcheck = Path.Combine(tools, "factcheck");

        (int validExit, string valid) = await DotnetProcess.RunToolAsync(factcheck, work, "check");
        Assert.True(validExit == 0, valid);
        Assert.Contains("1 file, 1 claim: 0 errors, 0 warnings.", valid, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(work, "checks", "isis.check"), Check.Replace("has been defeated", "was defeated", StringComparison.Ordinal));
        (int brokenExit, string broken) = await DotnetProcess.RunToolAsync(factcheck, work, "check");
        Assert.Equal(1, brokenExit);
        Assert.Contains("checks/isis.check(1,8): error FC0004", broken, StringComparison.Ordinal);
    }

    private static Task<string> Pack(string project, string feed) =>
        Succeeds(RepositoryRoot.Path, null, "pack", project, "--no-build", "-p:BuildProjectReferences=false", "--configuration", BuildConfiguration, "-o", feed);

    private static async Task<string> Succeeds(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        (int exitCode, string output) = await DotnetProcess.RunAsync(directory, environment, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {exitCode}:\n{output}");
        return output;
    }
}
