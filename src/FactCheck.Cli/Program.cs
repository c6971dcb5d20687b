using System;

namespace FactCheck.Cli;

/// <summary>The <c>factcheck</c> executable.</summary>
internal static class Program
{
    /// <summary>Runs the command line against the console and the process's current directory.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 valid, 1 errors in the checks, 2 bad usage or unreadable input.</returns>
    public static int Main(string[] args) =>
        CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory));
}
