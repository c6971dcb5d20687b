using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language.Binding;
using FactCheck.Language.Naming;
using FactCheck.Language.Sources;

namespace FactCheck.Benchmarks.Projects;

/// <summary>
/// What a newcomer waits for: the packed <c>FactCheck</c> package in two fresh console projects, one with the seeded
/// 10,000-claim corpus (1,000 <c>.check</c> files, 20 sources) and one with no <c>.check</c> file. Each is restored and
/// built once; then <c>dotnet build</c> after touching <c>Program.cs</c>, and the built program's start, are timed in turns.
/// A build runs either as a user's does, with the compiler server and MSBuild node reuse, or cold, with neither, so that
/// it starts its compiler and the generator afresh; disposing shuts the build servers down, so nothing is left running.
/// </summary>
internal sealed class PackedProjects : IDisposable
{
    /// <summary>The claim whose verdict the one-claim program reads.</summary>
    public const string OneClaimArgument = "--one";

    private const int ClaimCount = 10_000;
    private const int ClaimsPerFile = 10;

    private readonly string _root = Directory.CreateTempSubdirectory("factcheck-projects-").FullName;
    private readonly string _repository;
    private readonly string _feed;
    private readonly Dictionary<string, string> _environment;

    public PackedProjects(string repository)
    {
        _repository = repository;
        _feed = Path.Combine(_root, "feed");
        // Its own package folder, so a package of the same version packed earlier is never taken from the cache.
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
    }

    public string Empty => Path.Combine(_root, "EmptyProject");

    public string Claims => Path.Combine(_root, "TenThousandClaims");

    /// <summary>Packs the package, writes both projects, and restores and builds each once.</summary>
    public void Create()
    {
        // One build node: building the package's two frameworks in parallel sometimes collided over a file in obj (MSB3101).
        Succeeds(_repository, "pack", Path.Combine("src", "FactCheck.Package"), "--configuration", "Release", "-o", _feed, "-m:1");
        ClaimCorpus corpus = ClaimCorpus.Create(ClaimCount);
        string oneClaim = corpus.Claims[ClaimCount / 2].Id;
        WriteProject(Empty, [], [], "Claims.All.Count");
        WriteProject(
            Claims,
            CheckFormat.WriteFiles(corpus.Claims, ClaimsPerFile),
            corpus.Sources,
            $"Claims.All.Count, args.Length > 0 ? Claims.Get(ClaimId.{Identifiers.ToPascalCase(oneClaim, CheckSetBinder.ClaimDigitPrefix)}).Verdict.ToString() : \"\"");
        foreach (string project in new[] { Empty, Claims })
        {
            Succeeds(project, "build", "--configuration", "Release");
        }
    }

    /// <summary>Touches <c>Program.cs</c> and builds again, as after an edit of the program.</summary>
    /// <param name="project">The project's folder.</param>
    /// <param name="buildServers">Whether the build may use (and leave running) the compiler server and MSBuild nodes, as a user's build does.</param>
    public void BuildAfterTouch(string project, bool buildServers)
    {
        File.SetLastWriteTimeUtc(Path.Combine(project, "Program.cs"), DateTime.UtcNow);
        Run(project, buildServers, "build", "--no-restore", "--configuration", "Release");
    }

    /// <summary>Runs the built program, which prints its claim count, one claim's verdict when asked, and its peak memory.</summary>
    /// <returns>The program's peak resident memory in bytes.</returns>
    public long Start(string project, bool readOneClaim)
    {
        string output = Succeeds(
            project,
            [Path.Combine(project, "bin", "Release", "net10.0", Path.GetFileName(project) + ".dll"), .. readOneClaim ? new[] { OneClaimArgument } : []]);
        string peak = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Split(' ').Last();
        return long.Parse(peak, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose()
    {
        Run(_root, buildServers: true, "build-server", "shutdown");
        Directory.Delete(_root, recursive: true);
    }

    private void WriteProject(string folder, IEnumerable<TextFile> checks, IEnumerable<TextFile> sources, string printed)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        string name = Path.GetFileName(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <FactCheckSources>sources</FactCheckSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactCheck" Version="*" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="factcheck" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        // The peak resident memory, read from the kernel as the program ends: the benchmark cannot read it once the process has gone.
        File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
            using {{name}};

            System.Console.WriteLine(string.Join(" ", {{printed}}));
            string peak = System.IO.File.ReadAllLines("/proc/self/status").Single(line => line.StartsWith("VmHWM:"));
            System.Console.WriteLine(peak.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1]);
            """);
        File.WriteAllText(Path.Combine(folder, "Usings.cs"), "global using System.Linq;\n");
        foreach (TextFile file in checks)
        {
            Write(folder, file.Path, file.Text);
        }

        foreach (TextFile file in sources)
        {
            Write(folder, file.Path, file.Text);
        }
    }

    private static void Write(string folder, string path, string text)
    {
        string full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private string Succeeds(string directory, params string[] arguments) => Run(directory, buildServers: false, arguments);

    private string Run(string directory, bool buildServers, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        string[] serverSwitches = ["MSBUILDDISABLENODEREUSE", "DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER", "UseSharedCompilation"];
        string[] serversOff = ["1", "1", "false"];
        for (int i = 0; i < serverSwitches.Length; i++)
        {
            // With the servers, a user's default even if the benchmark's own environment turns them off.
            if (buildServers)
            {
                start.Environment.Remove(serverSwitches[i]);
            }
            else
            {
                start.Environment[serverSwitches[i]] = serversOff[i];
            }
        }

        foreach ((string name, string value) in _environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited {process.ExitCode} in {directory}:\n{output}\n{errors.Result}");
    }
}
