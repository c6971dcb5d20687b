using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using FactCheck.Testing;
using Xunit;

namespace FactCheck.Editors.Tests;

/// <summary>Runs a program of the node side of these tests (node, or a tool npm installed), and fails with its output when it fails.</summary>
internal static class NodeRun
{
    /// <summary>Gets this test project's source folder, which holds package.json, node_modules and node/.</summary>
    public static string TestFolder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "FactCheck.Editors.Tests");

    /// <summary>Gets the extension's folder.</summary>
    public static string ExtensionFolder { get; } = Path.Combine(RepositoryRoot.Path, "editors", "vscode");

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/> and asserts that it exits with 0.</summary>
    /// <returns>What it wrote to standard output and error.</returns>
    public static async Task<string> Succeeds(string workingDirectory, string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        RequireInstalled(Path.Combine(TestFolder, "node_modules"));
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"Cannot run '{program}' ({exception.Message}): install Node.js and npm, as .ci/run does.", exception);
        }

        using (process)
        {
            // Nothing to answer: a tool that asks a question reads the end of its input and stops instead of waiting.
            process.StandardInput.Close();
            Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            string all = await output + await error;
            Assert.True(process.ExitCode == 0, $"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{all}");
            return all;
        }
    }

    /// <summary>Asserts that npm installed the packages of the folder that holds <paramref name="nodeModules"/>.</summary>
    public static void RequireInstalled(string nodeModules) =>
        Assert.True(
            Directory.Exists(nodeModules),
            $"{nodeModules} is missing: run 'npm ci' in {Path.GetDirectoryName(nodeModules)}, as .ci/run does.");
}
