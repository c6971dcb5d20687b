using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>The built tool's <c>factcheck lsp</c>, run as a real process over standard input and output, as an editor starts it.</summary>
public sealed class LspProcessTests
{
    [Fact]
    public async Task The_built_tool_serves_initialize_didOpen_publishDiagnostics_shutdown_and_exit()
    {
        string root = LspClient.CreateWorkspace();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FactCheck.Cli.dll"));
        start.ArgumentList.Add("lsp");
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await using LspClient client = await LspClient.ConnectAsync(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, root);
            const string text = "claim: 'Iran invaded the moon' source: 000 status: ture\n";
            await client.OpenAsync("checks/new.check", text);
            Diagnostic[] diagnostics = await client.WaitForDiagnosticsAsync("checks/new.check", published => published.Length == 2);
            Assert.Equal(["FC0004", "FC0005"], diagnostics.Select(diagnostic => diagnostic.Code));
            Assert.Equal(new LspRange(new Position(0, 51), new Position(0, 55)), diagnostics[1].Range);

            await client.ShutdownAsync();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            Assert.Equal(ExitCodes.Valid, process.ExitCode);
            Assert.Empty(await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
