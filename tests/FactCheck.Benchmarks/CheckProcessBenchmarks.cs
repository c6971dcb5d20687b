using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Corpus;
using FactCheck.Language.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>factcheck check</c> as a whole process on 10,000 claims in 1,000 files, against the floor: a process of this
/// program that only reads the same files (<c>--read-floor</c>). Both pay for starting .NET.
/// </summary>
public class CheckProcessBenchmarks
{
    public const string ReadFloorOption = "--read-floor";

    private const int ClaimCount = 10_000;
    private const int ClaimsPerFile = 10;

    private string _folder = string.Empty;

    /// <summary>Gets the folder the files are written to: <c>checks/</c> and <c>sources/</c>.</summary>
    public string Folder => _folder;

    [GlobalSetup]
    public void WriteFiles()
    {
        _folder = Path.Combine(Path.GetTempPath(), "factcheck-benchmarks", $"claims-{ClaimCount}");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        ClaimCorpus corpus = ClaimCorpus.Create(ClaimCount);
        foreach (TextFile file in CheckFormat.WriteFiles(corpus.Claims, ClaimsPerFile))
        {
            Write(file);
        }

        foreach (TextFile file in corpus.Sources)
        {
            Write(file);
        }

        int exitCode = Check();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"factcheck check exited with {exitCode} on the benchmark files.");
        }
    }

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Check() => Run(CliAssembly(), "check", "checks", "--sources", "sources");

    [Benchmark(Baseline = true)]
    public int ReadFloor() => Run(typeof(CheckProcessBenchmarks).Assembly.Location, ReadFloorOption, ".");

    /// <summary>The floor's work: read every file under <paramref name="folder"/> as text, and nothing else.</summary>
    /// <returns>The number of characters read, so that the reading cannot be skipped.</returns>
    public static long ReadEveryFile(string folder)
    {
        long characters = 0;
        foreach (string path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            characters += File.ReadAllText(path).Length;
        }

        return characters;
    }

    private int Run(string assembly, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(assembly);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        errors.Wait();
        return process.ExitCode;
    }

    private void Write(TextFile file)
    {
        string path = Path.Combine(_folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text);
    }

    /// <summary>The command line as built beside this program, in the same configuration.</summary>
    public static string CliAssembly()
    {
        string benchmarksOutput = AppContext.BaseDirectory;
        string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(benchmarksOutput)).Parent!.Name;
        string repository = Path.GetFullPath(Path.Combine(benchmarksOutput, "..", "..", "..", "..", ".."));
        string cli = Path.Combine(repository, "src", "FactCheck.Cli", "bin", configuration, "net10.0", "FactCheck.Cli.dll");
        return File.Exists(cli) ? cli : throw new FileNotFoundException("Build the command line first (the benchmarks project builds it).", cli);
    }
}
