using System;
using System.CommandLine;
using FactCheck.Cli.Lsp;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck lsp</c>: the language server for editors, over standard input and output.</summary>
internal static class LspCommand
{
    /// <summary>
    /// How long the server waits after a change before compiling, so that the edits an editor sends together (a paste,
    /// a rename applied to many places) compile once; short, because the diagnostics should follow typing.
    /// </summary>
    private static readonly TimeSpan s_debounce = TimeSpan.FromMilliseconds(15);

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var command = new Command("lsp", "Run the Language Server Protocol 3.17 server for .check files over standard input and output, for editors (VS Code, Neovim, Helix). It finds the checks and sources as the build does and gives exactly its diagnostics.");
        command.SetAction(async (parseResult, cancellation) =>
        {
            // Not disposed: disposing would wait on the console's pending read of standard input; the process ends here.
            LanguageServer server = LanguageServer.Start(Console.OpenStandardInput(), Console.OpenStandardOutput(), () => DateOnly.FromDateTime(DateTime.Now), s_debounce);
            await server.Completion.WaitAsync(cancellation);
            return server.ShutDownCleanly ? ExitCodes.Valid : ExitCodes.CheckErrors;
        });
        return command;
    }
}
