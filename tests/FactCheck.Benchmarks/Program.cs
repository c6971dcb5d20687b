using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactCheck.Benchmarks.Quick;

namespace FactCheck.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--quick"])
        {
            QuickRun.Run();
            return;
        }

        if (args is ["--lsp"])
        {
            foreach (string line in LspQuickRun.Run())
            {
                System.Console.WriteLine(line);
            }

            return;
        }

        if (args is ["--generator"])
        {
            QuickRun.RunGenerator();
            return;
        }

        if (args is ["--report-browser"])
        {
            QuickRun.RunReportPage();
            return;
        }

        if (args is ["--packed-projects", string repository])
        {
            QuickRun.RunPackedProjects(repository);
            return;
        }

        if (args is [CheckProcessBenchmarks.ReadFloorOption, string folder])
        {
            System.Console.WriteLine(CheckProcessBenchmarks.ReadEveryFile(folder));
            return;
        }

        // In process: BenchmarkDotNet 0.14.0 cannot generate and build its usual separate project for .NET 10.
        IConfig config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        // With no arguments, every benchmark rather than BenchmarkDotNet's interactive menu.
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}
