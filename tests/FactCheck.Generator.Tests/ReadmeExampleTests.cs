using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCheck.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCheck.Generator.Tests;

/// <summary>The README's examples of the generated API compile against the code generated for the bundled checks, and run.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_generated_code_examples_compile_and_print_what_their_comments_say()
    {
        GeneratorHarness harness = new GeneratorHarness().AddRepositorySeeds();
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "checks"), "*.check").Order(StringComparer.Ordinal))
        {
            harness.AddCheck("checks/" + Path.GetFileName(path), File.ReadAllText(path));
        }

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);
        Assert.True(run.Diagnostics.IsEmpty, run.GeneratorProblems);
        string[] examples = UsageExamples();
        Assert.Equal(2, examples.Length);

        // The examples' Console is the class below, in a nearer namespace, so what they print is read back here.
        string program = $$"""
            using System;
            using FactCheck;

            namespace {{run.Namespace}}.ReadmeExamples;

            public static class Console
            {
                public static System.IO.StringWriter Out { get; } = new();

                public static void WriteLine(string? text) => Out.WriteLine(text);
            }

            public static class Examples
            {
            {{string.Join("\n", examples.Select((example, i) => $"public static void Example{i}()\n{{\n{example}\n}}\n"))}}

                public static string Run()
                {
            {{string.Join("\n", examples.Select((_, i) => $"Example{i}();"))}}
                    return Console.Out.ToString();
                }
            }
            """;
        Compilation withExamples = run.OutputCompilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(program, (CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options, cancellationToken: TestContext.Current.CancellationToken));

        string printed = GeneratedAssembly.Load(
            withExamples,
            assembly => (string)assembly.GetType($"{run.Namespace}.ReadmeExamples.Examples", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!,
            TestContext.Current.CancellationToken);

        Assert.Contains("Contested: ISIS has been defeated", printed, StringComparison.Ordinal);
        Assert.Contains("2026-11-21", printed, StringComparison.Ordinal);
    }

    /// <summary>The README's C# blocks in "Generated code" that call the generated API rather than show its shape.</summary>
    private static string[] UsageExamples()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int start = readme.IndexOf("### Generated code\n", StringComparison.Ordinal);
        int end = readme.IndexOf("\n## ", start, StringComparison.Ordinal);
        return [.. Regex.Matches(readme[start..end], "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(match => match.Groups[1].Value)
            .Where(block => !block.Contains("partial class", StringComparison.Ordinal))];
    }
}
