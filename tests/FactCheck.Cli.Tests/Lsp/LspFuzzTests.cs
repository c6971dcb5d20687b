using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Testing;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>The language fuzz's damaged files, sent as edits of one open document, never make a handler fail.</summary>
public sealed class LspFuzzTests
{
    private const int Edits = 200;
    private const int RequestEvery = 10;

    [Fact]
    public async Task Damaged_files_sent_as_edits_keep_every_feature_answering_and_end_with_the_builds_diagnostics()
    {
        string root = LspClient.CreateWorkspace();
        await using LspClient client = await LspClient.StartAsync(root);
        var fuzzer = new CheckFuzzer(FuzzSettings.Seed, [Workspace.ValidChecks, Workspace.InvalidChecks]);
        var random = new Random(FuzzSettings.Seed);
        const string file = "checks/fuzz.check";
        var document = new TextDocumentIdentifier(client.Uri(file));
        string text = fuzzer.Case(0);
        await client.OpenAsync(file, text);
        for (int i = 1; i <= Edits; i++)
        {
            text = fuzzer.Case(i);
            await client.ChangeAsync(file, text, i + 1);
            if (i % RequestEvery == 0)
            {
                string[] lines = text.Split('\n');
                int line = random.Next(lines.Length);
                var position = new Position(line, random.Next(lines[line].Length + 1));
                await client.RequestAsync<CompletionList?>("textDocument/completion", new TextDocumentPositionParams(document, position));
                await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(document, position));
                await client.RequestAsync<Location[]?>("textDocument/definition", new TextDocumentPositionParams(document, position));
                await client.RequestAsync<Location[]?>("textDocument/references", new ReferenceParams(document, position, new ReferenceContext(true)));
                await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", new TextDocumentPositionParams(document, position));
                await client.RequestAsync<DocumentSymbol[]?>("textDocument/documentSymbol", new DocumentSymbolParams(document));
                await client.RequestAsync<CodeAction[]?>("textDocument/codeAction", new CodeActionParams(document, new LspRange(new Position(0, 0), position), new CodeActionContext([])));
                await client.RequestAsync<TextEdit[]?>("textDocument/formatting", new DocumentFormattingParams(document));
            }
        }

        // The build's answer for the last text, written as a file: a damaged text with a lone surrogate has no UTF-8
        // form, and one opening with U+FEFF reads back without it, so the last edit is one that reads back the same.
        int last = Edits + 1;
        while (!IsUtf8(fuzzer.Case(last)) || fuzzer.Case(last).StartsWith('\uFEFF'))
        {
            last++;
        }

        text = fuzzer.Case(last);
        await client.ChangeAsync(file, text, last + 1);
        File.WriteAllText(Path.Combine(root, file), text);
        List<LspDiagnosticsTests.Row> expected = [.. LspDiagnosticsTests.CheckJson(root).Where(row => row.File == file).OrderBy(row => row)];
        await client.WaitForDiagnosticsAsync(file, diagnostics => LspDiagnosticsTests.Rows(file, diagnostics).SequenceEqual(expected));
        Assert.Empty(client.Log);
    }

    private static bool IsUtf8(string text)
    {
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }
}
