using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Testing;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>The built tool's <c>factcheck lsp</c>, run as a real process over standard input and output, as an editor starts it.</summary>
public sealed class LspProcessTests
{
    private const string File = LspFeatureTests.File;
    private const string Editing = LspFeatureTests.Editing;

    [Fact]
    public async Task The_built_tool_serves_initialize_didOpen_publishDiagnostics_shutdown_and_exit()
    {
        string root = LspClient.CreateWorkspace();
        await RunServerAsync(root, async client =>
        {
            const string text = "claim: 'Iran invaded the moon' source: 000 status: ture\n";
            await client.OpenAsync("checks/new.check", text);
            Diagnostic[] diagnostics = await client.WaitForDiagnosticsAsync("checks/new.check", published => published.Length == 2);
            Assert.Equal(["FC0004", "FC0005"], diagnostics.Select(diagnostic => diagnostic.Code));
            Assert.Equal(new LspRange(new Position(0, 51), new Position(0, 55)), diagnostics[1].Range);
        });
    }

    [Fact]
    public async Task The_built_tool_answers_every_request_of_an_editing_session_then_damaged_edits_and_exits_cleanly()
    {
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { [File] = Editing });
        var document = new TextDocumentIdentifier(DocumentUri(root, File));
        await RunServerAsync(root, async client =>
        {
            int version = 1;
            await client.OpenAsync(File, Editing);

            string misspelt = Editing.Replace("status: true", "status: ture", StringComparison.Ordinal);
            await client.ChangeAsync(File, misspelt, ++version);
            Diagnostic error = Assert.Single(await client.WaitForDiagnosticsAsync(File, published => published.Length > 0));
            Assert.Equal("FC0005", error.Code);
            Position ture = LspClient.PositionOf(misspelt, "ture");
            Assert.Equal(new LspRange(ture, ture with { Character = ture.Character + 4 }), error.Range);
            await client.ChangeAsync(File, Editing, ++version);
            await client.WaitForDiagnosticsAsync(File, published => published.Length == 0);

            string completing = Editing + "\n  status: ";
            await client.ChangeAsync(File, completing, ++version);
            CompletionList verdicts = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(document, new Position(7, 10)));
            Assert.Equal(Verdicts.Default.Select(verdict => verdict.Keyword), verdicts.Items.Select(item => item.Label));
            Assert.Equal(Verdicts.Default[4].Meaning, verdicts.Items[4].Detail);
            await client.ChangeAsync(File, Editing, ++version);

            Hover verdict = await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(document, LspClient.PositionOf(Editing, "mostly-true")));
            Assert.Equal("**Mostly true** (4): " + Verdicts.Default[1].Meaning, verdict.Contents.Value);
            Hover source = await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(document, LspClient.PositionOf(Editing, "000 status")));
            Assert.Contains("Duns Scotus", source.Contents.Value, StringComparison.Ordinal);

            Location claim = Assert.Single(await client.RequestAsync<Location[]>("textDocument/definition", new TextDocumentPositionParams(document, LspClient.PositionOf(Editing, "restore-deterrence", 1))));
            Assert.Equal(client.Uri("checks/deterrence.check"), claim.Uri);
            Position declared = LspClient.PositionOf(client.Read("checks/deterrence.check"), "id: restore-deterrence", 4);
            Assert.Equal(new LspRange(declared, declared with { Character = declared.Character + "restore-deterrence".Length }), claim.Range);

            Location[] citing = await client.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(document, LspClient.PositionOf(Editing, "000 status"), new ReferenceContext(false)));
            Assert.Contains(citing, location => location.Uri == client.Uri("checks/documents.check"));
            Assert.Equal(3, citing.Count(location => location.Uri == client.Uri(File)));
            Assert.All(citing, location => Assert.Equal("000", Text(location)));

            WorkspaceEdit renamed = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(document, LspClient.PositionOf(Editing, "restore-deterrence", 3), "deterrence-restored"));
            string[] linking = [.. Directory.GetFiles(Path.Combine(root, "checks"), "*.check").Where(path => System.IO.File.ReadAllText(path).Contains("restore-deterrence", StringComparison.Ordinal)).Select(Cli.Lsp.DocumentUri.FromPath).Order(StringComparer.Ordinal)];
            Assert.Equal(linking, renamed.Changes.Keys.Order(StringComparer.Ordinal));
            Assert.All(renamed.Changes, change =>
            {
                string text = LspFeatureTests.Apply(System.IO.File.ReadAllText(Cli.Lsp.DocumentUri.ToPath(change.Key)), change.Value);
                Assert.DoesNotContain("restore-deterrence", text, StringComparison.Ordinal);
                Assert.Contains("deterrence-restored", text, StringComparison.Ordinal);
            });

            string misspeltVerdict = Editing.Replace("mostly-true", "mostly-ture", StringComparison.Ordinal);
            await client.ChangeAsync(File, misspeltVerdict, ++version);
            await client.WaitForDiagnosticsAsync(File, published => published.Any(diagnostic => diagnostic.Code == "FC0005"));
            CodeAction[] actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(document, new LspRange(new Position(0, 0), new Position(7, 0)), new CodeActionContext([])));
            CodeAction fix = Assert.Single(actions);
            Assert.Equal("quickfix", fix.Kind);
            Assert.Equal(Editing, LspFeatureTests.Apply(misspeltVerdict, fix.Edit.Changes[client.Uri(File)]));

            const string untidy = "claim: 'Iran can retaliate for the drone strike'   status: true source: 000\n        id:   retaliate\n";
            await client.ChangeAsync(File, untidy, ++version);
            TextEdit[] formatting = await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(document));
            System.IO.File.WriteAllText(Path.Combine(root, "checks", "fmt.check"), untidy);
            Assert.Equal(ExitCodes.Valid, CliApp.Run(["fmt", "checks/fmt.check"], new CliEnvironment(new StringWriter(), new StringWriter(), root)));
            string formatted = LspFeatureTests.Apply(untidy, formatting);
            Assert.NotEqual(untidy, formatted);
            Assert.Equal(client.Read("checks/fmt.check"), formatted);

            // The damaged files of the language fuzz, as an editor sends a file being typed: the server must keep answering.
            var fuzzer = new CheckFuzzer(FuzzSettings.Seed, [Workspace.ValidChecks, Workspace.InvalidChecks]);
            int damaged = Math.Max(1, FuzzSettings.Cases(20_000) / 1_000);
            for (int i = 0; i < damaged; i++)
            {
                await client.ChangeAsync(File, fuzzer.Case(i), ++version);
            }

            string last = fuzzer.Case(damaged - 1);
            Position end = new(last.Count(c => c == '\n'), last.Length - (last.LastIndexOf('\n') + 1));
            await client.RequestAsync<CompletionList?>("textDocument/completion", new TextDocumentPositionParams(document, end));
            await client.RequestAsync<DocumentSymbol[]?>("textDocument/documentSymbol", new DocumentSymbolParams(document));
            await client.ChangeAsync(File, misspelt, ++version);
            DocumentSymbol[] symbols = await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(document));
            Assert.Equal(["world-waiting", "iran-can-retaliate-for-the-drone-strike"], symbols.Select(symbol => symbol.Name));
            Assert.Equal(error, Assert.Single(await client.WaitForDiagnosticsAsync(File, published => published.Length == 1 && published[0].Code == "FC0005")));
        });
    }

    /// <summary>Starts <c>factcheck lsp</c> in a workspace, connects and initializes, runs a session, then asks it to shut down and checks that it exits with 0, silent on standard error and in its log.</summary>
    private static async Task RunServerAsync(string root, Func<LspClient, Task> session)
    {
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
            await session(client);
            Assert.Empty(client.Log);

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

    private static string DocumentUri(string root, string relativePath) => Cli.Lsp.DocumentUri.FromPath(Path.Combine(root, relativePath));

    private static string Text(Location location)
    {
        string line = System.IO.File.ReadAllText(Cli.Lsp.DocumentUri.ToPath(location.Uri)).Split('\n')[location.Range.Start.Line];
        return line[location.Range.Start.Character..location.Range.End.Character];
    }
}
