using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactCheck.Generator.Tests.Build;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Testing;

namespace FactCheck.Generator.Tests.Differential;

/// <summary>
/// The build and <c>factcheck</c> give one answer: the same files run through both give the same diagnostics (id, file,
/// line, column, severity, message) and, when valid, the same report bytes. A real <c>dotnet build</c> runs a folder
/// holding hidden files and folders, Windows-1252 files and a source name that gives no id; the bundled checks, the
/// conformance cases and fuzz batches go through the generator driver, over the same files read from disk as the
/// compiler reads them (the bundled checks' real build and report are compared in FactCheck.Cli.Tests too).
/// </summary>
public sealed class DifferentialTests
{
    private static readonly Encoding s_windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly string s_cases = Path.Combine(RepositoryPaths.Root, "tests", "FactCheck.Language.Tests", "Cases");

    public static TheoryData<string> Cases => new(Directory.EnumerateFileSystemEntries(s_cases)
        .Where(path => Directory.Exists(path) || path.EndsWith(".check", StringComparison.Ordinal))
        .Select(path => Path.GetFileName(path))
        .Order(StringComparer.Ordinal));

    public static TheoryData<int> Batches => new(Enumerable.Range(0, Math.Max(1, FuzzSettings.Cases(20_000) / 4_000)));

    [Fact]
    public void The_bundled_checks_give_no_diagnostic_and_the_same_report()
    {
        using InputFolder folder = new InputFolder()
            .CopyFiles(Path.Combine(RepositoryPaths.Root, "checks"), "checks")
            .CopyFiles(RepositoryPaths.Seeds, "seeds");

        BothWays commandLine = BothWays.FromCommandLine(folder);

        Assert.Empty(commandLine.Diagnostics);
        Assert.NotNull(commandLine.Report);
        commandLine.AssertSame(BothWays.FromDriver(folder, TestContext.Current.CancellationToken), "the bundled checks");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_conformance_case_gives_the_same_answer(string name)
    {
        string path = Path.Combine(s_cases, name);
        using var folder = new InputFolder();
        if (Directory.Exists(path))
        {
            folder.CopyFiles(path, "checks");
            string sources = Path.Combine(path, "sources");
            folder.CopyFiles(Directory.Exists(sources) ? sources : RepositoryPaths.Seeds, "seeds");
        }
        else
        {
            folder.Write(Path.Combine("checks", name), File.ReadAllBytes(path)).CopyFiles(RepositoryPaths.Seeds, "seeds");
        }

        BothWays.FromCommandLine(folder).AssertSame(BothWays.FromDriver(folder, TestContext.Current.CancellationToken), $"case {name}");
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void A_fuzz_batch_gives_the_same_answer(int batch)
    {
        var fuzzer = new CheckFuzzer(FuzzSettings.Seed, [RepresentativeInput.Documents, RepresentativeInput.Strikes, RepresentativeInput.Deterrence]);
        var random = new Random(FuzzSettings.For(FuzzSettings.Seed, batch));
        using InputFolder folder = new InputFolder().CopyFiles(RepositoryPaths.Seeds, "seeds");
        for (int i = 0; i < 50; i++)
        {
            // Now and then a byte that is not UTF-8, as a file saved in another encoding has.
            byte[] bytes = Encoding.UTF8.GetBytes(fuzzer.Case((batch * 50) + i));
            if (bytes.Length > 0 && random.Next(8) == 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
            }

            folder.Write($"checks/fuzz{i:D2}.check", bytes);
        }

        BothWays.FromCommandLine(folder).AssertSame(
            BothWays.FromDriver(folder, TestContext.Current.CancellationToken),
            $"fuzz cases {batch * 50} to {(batch * 50) + 49} of seed {FuzzSettings.Seed}");
    }

    [Fact]
    public async Task A_real_build_and_factcheck_read_the_same_files_and_give_the_same_diagnostics()
    {
        const string Valid = "claim: 'ISIS has been defeated' source: 000 status: contested\n  evidence: 000 'to prevent a resurgence of the Islamic State jihadist group'\n";
        using InputFolder folder = new InputFolder()
            .CopyFiles(RepositoryPaths.Seeds, "seeds")
            .Write("checks/valid.check", Valid + "\nclaim: 'Caf' source: latin status: true\n  id: cites-latin\n")
            .Write("checks/.old/valid.check", Valid)
            .Write("checks/sub/.draft.check", "claim: 'unfinished")
            .Write("checks/.hidden.check", Valid)
            .Write("checks/upper.CHECK", "claim: 'ISIS has been defeated' source: 000 status: ture\n")
            .Write("checks/latin.check", s_windows1252.GetBytes("# a note\r\nclaim: 'caf\u00e9' source: 000 status: true\n"))
            .Write("seeds/.gitkeep", string.Empty)
            .Write("seeds/.DS_Store", [0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0xFF])
            .Write("seeds/latin_1.txt", s_windows1252.GetBytes("First line.\nCaf\u00e9 cr\u00e8me."))
            .Write("seeds/a b_1.txt", "Words with a space.")
            .Write("project.csproj", ProjectFile());

        DotnetProcess.Result build = await DotnetProcess.BuildAsync(folder.Root, "project.csproj", TestContext.Current.CancellationToken);
        BothWays commandLine = BothWays.FromCommandLine(folder);

        Assert.True(build.ExitCode != 0, build.Output);
        string[] built = BothWays.FromBuildOutput(folder, build.Output);
        Assert.True(commandLine.Diagnostics.SequenceEqual(built), $"factcheck:\n  {string.Join("\n  ", commandLine.Diagnostics)}\ndotnet build:\n{build.Output}");
        Assert.Equal(
            ["checks/latin.check(2,12): error FC0018", "checks/upper.CHECK(1,53): error FC0005", "checks/valid.check(4,22): error FC0018", "seeds/a b_1.txt(1,1): error FC0019", "seeds/latin_1.txt(2,4): error FC0018"],
            built.Select(line => line[..line.IndexOf(": ", line.IndexOf(" FC", StringComparison.Ordinal), StringComparison.Ordinal)]));
        commandLine.AssertSame(BothWays.FromDriver(folder, TestContext.Current.CancellationToken), "the folder through the driver");
    }

    /// <summary>A project that compiles the folder with the generator this test run built, through the package's own props and targets.</summary>
    private static string ProjectFile()
    {
        string output = AppContext.BaseDirectory;
        string build = Path.Combine(RepositoryPaths.Root, "src", "FactCheck.Generator", "build");
        string[] analyzers = ["FactCheck.Generator.dll", "FactCheck.Language.dll", "FactCheck.dll", "Sprache.dll"];
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "FactCheck.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Differential</RootNamespace>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                {string.Concat(analyzers.Select(name => $"<Analyzer Include=\"{Path.Combine(output, name)}\" />"))}
                <Reference Include="{Path.Combine(output, "FactCheck.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "FactCheck.targets")}" />
            </Project>
            """;
    }
}
