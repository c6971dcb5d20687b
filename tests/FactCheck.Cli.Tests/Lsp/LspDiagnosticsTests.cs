using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>The server's diagnostics are the build's: the same ids, messages and places, updated across files as they change.</summary>
public sealed class LspDiagnosticsTests
{
    private const string Broken = """
        claim: 'The world is waiting for Iran\'s response' source: 000 status: mostly-ture
          id: world-waiting

        claim: 'Iran can retaliate for the drone strike' source: 000 status: true
          id: retaliate
          sourse: 000
          supports: restore-deterrance

        claim: 'Iran can retaliate for the drone strikes on Mars' source: 00 status: true

        claim: 'There are a number of possible ways that Iran can retaliate'
          id: ways

        claim: 'The world is waiting for Iran\'s answer' source: 000 status: false
          id: retaliate
        """;

    [Fact]
    public async Task The_published_diagnostics_are_exactly_factcheck_checks_json_output()
    {
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/broken.check"] = Broken });
        List<Row> expected = CheckJson(root);
        Assert.True(expected.Count >= 6, "The broken file should give many diagnostics.");
        await using LspClient client = await LspClient.StartAsync(root);

        foreach (IGrouping<string, Row> file in expected.GroupBy(row => row.File))
        {
            List<Row> wanted = [.. file.OrderBy(row => row)];
            await client.WaitForDiagnosticsAsync(file.Key, diagnostics => Rows(file.Key, diagnostics).SequenceEqual(wanted));
        }

        IEnumerable<string> expectedUris = expected.Select(row => client.Uri(row.File));
        Assert.All(client.Published.Where(pair => !expectedUris.Contains(pair.Key)), pair => Assert.Empty(pair.Value));
    }

    [Fact]
    public async Task A_set_wide_diagnostic_appears_in_one_file_when_another_changes_and_goes_when_it_is_undone()
    {
        const string linking = """
            claim: 'The world is waiting for Iran\'s response' source: 000 status: true
              id: world-waiting
              supports: retaliate
            """;
        const string target = """
            claim: 'Iran can retaliate for the drone strike' source: 000 status: true
              id: retaliate
            """;
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/b.check"] = linking, ["checks/a.check"] = target });
        await using LspClient client = await LspClient.StartAsync(root);
        await client.OpenAsync("checks/a.check", target);
        await client.OpenAsync("checks/b.check", linking);

        await client.ChangeAsync("checks/a.check", target.Replace("id: retaliate", "id: retaliation", StringComparison.Ordinal));
        Diagnostic[] inB = await client.WaitForDiagnosticsAsync("checks/b.check", diagnostics => diagnostics.Any(d => d.Code == "FC0009"));
        Diagnostic unknownLink = Assert.Single(inB);
        Assert.Equal(new LspRange(new Position(2, 12), new Position(2, 21)), unknownLink.Range);
        Assert.Equal(1, unknownLink.Severity);
        Assert.Contains("Did you mean 'retaliation'?", unknownLink.Message, StringComparison.Ordinal);

        await client.ChangeAsync("checks/a.check", target, version: 3);
        await client.WaitForDiagnosticsAsync("checks/b.check", diagnostics => diagnostics.Length == 0);
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_when_a_second_file_declares_it_and_a_source_file_edited_on_disk_counts()
    {
        const string first = """
            claim: 'Iran can retaliate for the drone strike' source: 000 status: true
              id: retaliate
            """;
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/a.check"] = first });
        await using LspClient client = await LspClient.StartAsync(root);
        await client.OpenAsync("checks/z.check", first);
        await client.WaitForDiagnosticsAsync("checks/z.check", diagnostics => diagnostics.Any(d => d.Code == "FC0006"));

        string seed = Directory.GetFiles(Path.Combine(root, "seeds"), "000_*").Single();
        File.WriteAllText(seed, "by Nobody\n\nNothing to see.\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(Cli.Lsp.DocumentUri.FromPath(seed), 2)]));
        await client.WaitForDiagnosticsAsync("checks/a.check", diagnostics => diagnostics.Any(d => d.Code == "FC0004"));
    }

    [Fact]
    public async Task A_burst_of_changes_publishes_only_results_newer_than_the_last_published_and_ends_with_the_newest()
    {
        const int changes = 30;
        string root = LspClient.CreateWorkspace();
        await using LspClient client = await LspClient.StartAsync(root);
        await client.OpenAsync("checks/burst.check", Unknown(0));
        for (int i = 1; i <= changes; i++)
        {
            await client.ChangeAsync("checks/burst.check", Unknown(i), i + 1);
        }

        await client.WaitForDiagnosticsAsync("checks/burst.check", diagnostics => diagnostics.Any(d => d.Message.Contains($"'nosuch{changes}'", StringComparison.Ordinal)));
        await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("nothing"));

        int[] published = [.. client.History
            .Where(publication => publication.Uri == client.Uri("checks/burst.check"))
            .Select(publication => int.Parse(publication.Diagnostics.Single().Message.Split('\'')[1]["nosuch".Length..], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(published.Order(), published);
        Assert.Equal(changes, published[^1]);

        static string Unknown(int change) => $"claim: 'Iran can retaliate for the drone strike' source: nosuch{change} status: true\n";
    }

    [Fact]
    public async Task A_file_whose_diagnostics_an_edit_elsewhere_leaves_unchanged_is_not_published_again()
    {
        const string untouched = "claim: 'Iran can retaliate for the drone strike' source: elsewhere status: true\n";
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/untouched.check"] = untouched });
        await using LspClient client = await LspClient.StartAsync(root);
        await client.WaitForDiagnosticsAsync("checks/untouched.check", diagnostics => diagnostics.Any(d => d.Message.Contains("'elsewhere'", StringComparison.Ordinal)));

        await client.OpenAsync("checks/edited.check", Unknown(0));
        await client.WaitForDiagnosticsAsync("checks/edited.check", diagnostics => diagnostics.Any(d => d.Message.Contains("'nosuch0'", StringComparison.Ordinal)));
        await client.ChangeAsync("checks/edited.check", Unknown(1));
        await client.WaitForDiagnosticsAsync("checks/edited.check", diagnostics => diagnostics.Any(d => d.Message.Contains("'nosuch1'", StringComparison.Ordinal)));
        await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("nothing"));

        Assert.Single(client.History, publication => publication.Uri == client.Uri("checks/untouched.check"));

        static string Unknown(int change) => $"claim: 'Iran can retaliate for the drone strikes' source: nosuch{change} status: true\n";
    }

    [Fact]
    public async Task A_client_that_registers_dynamically_is_asked_to_watch_the_check_files_and_the_sources_folder()
    {
        string root = LspClient.CreateWorkspace();
        await using LspClient client = await LspClient.StartAsync(root, capabilities: """{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}""");
        Assert.True(System.Threading.SpinWait.SpinUntil(() => client.Registrations.Any(), TimeSpan.FromSeconds(60)), "The server registered nothing.");

        Registration registration = Assert.Single(Assert.Single(client.Registrations).Registrations);
        Assert.Equal("workspace/didChangeWatchedFiles", registration.Method);
        string options = System.Text.Json.JsonSerializer.Serialize(registration.RegisterOptions);
        Assert.Contains("\"**/*.check\"", options, StringComparison.Ordinal);
        Assert.Contains($"\"{root}/seeds/*\"", options, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_folder_is_the_projects_FactCheckSources_else_seeds_as_the_command_line_reads_it()
    {
        const string citing = "claim: 'Iran can retaliate for the drone strike' source: 999 status: true\n";
        string withProject = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/a.check"] = citing });
        File.Delete(Path.Combine(withProject, "checks", "Checks.csproj"));
        File.WriteAllText(Path.Combine(withProject, "checks", "Mine.csproj"), "<Project><PropertyGroup><FactCheckSources>../library</FactCheckSources></PropertyGroup></Project>");
        Directory.Move(Path.Combine(withProject, "seeds"), Path.Combine(withProject, "library"));
        File.Copy(Directory.GetFiles(Path.Combine(withProject, "library"), "000_*").Single(), Path.Combine(withProject, "library", "999.txt"));
        await using (LspClient client = await LspClient.StartAsync(withProject))
        {
            await client.OpenAsync("checks/b.check", citing.Replace("999", "998", StringComparison.Ordinal));
            Diagnostic[] inB = await client.WaitForDiagnosticsAsync("checks/b.check", diagnostics => diagnostics.Length > 0);
            Assert.Contains("The sources are 000, 004, 999.", Assert.Single(inB).Message, StringComparison.Ordinal);
            Assert.False(client.Published.TryGetValue(client.Uri("checks/a.check"), out Diagnostic[]? inA) && inA.Length > 0);
        }

        string withoutProject = LspClient.CreateWorkspace(new Dictionary<string, string> { ["checks/a.check"] = citing });
        File.Delete(Path.Combine(withoutProject, "checks", "Checks.csproj"));
        await using (LspClient client = await LspClient.StartAsync(withoutProject))
        {
            Diagnostic[] inA = await client.WaitForDiagnosticsAsync("checks/a.check", diagnostics => diagnostics.Length > 0);
            Assert.Contains("The sources are 000, 004.", Assert.Single(inA).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_failing_handler_answers_with_an_error_and_a_log_message_and_the_server_goes_on()
    {
        string root = LspClient.CreateWorkspace();
        await using LspClient client = await LspClient.StartAsync(root);
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem("not an address", "factcheck", 1, "claim:")));
        var failed = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier("not an address either"), new Position(0, 0))));

        Assert.StartsWith("factcheck: ", failed.Message, StringComparison.Ordinal);
        Assert.True(System.Threading.SpinWait.SpinUntil(() => client.Log.Count() >= 2, TimeSpan.FromSeconds(60)), "The failures were not logged.");
        Assert.All(client.Log, line => Assert.StartsWith("factcheck: a request failed: System.UriFormatException", line, StringComparison.Ordinal));
        SymbolInformation[] symbols = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("restore-deterrence"));
        Assert.NotEmpty(symbols);
    }

    [Fact]
    public async Task Damaged_text_keeps_the_server_answering()
    {
        string root = LspClient.CreateWorkspace();
        await using LspClient client = await LspClient.StartAsync(root);
        string[] damaged = ["claim: 'unclosed", "claim:\0\u0001 ''''", "document: \uD800 title: 'x", "\u00A0claim: 'x' source: 000 status: true\n  evidence: 000", string.Empty];
        int version = 1;
        foreach (string text in damaged)
        {
            await client.OpenAsync("checks/damaged.check", text);
            await client.ChangeAsync("checks/damaged.check", text + "\n  tags: a,,b", ++version);
            CompletionList completion = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(client.Uri("checks/damaged.check")), new Position(0, Math.Min(5, text.Length))));
            Assert.NotNull(completion);
        }

        await client.WaitForDiagnosticsAsync("checks/damaged.check", diagnostics => diagnostics.Length > 0);
    }

    internal static List<Row> CheckJson(string root)
    {
        var output = new StringWriter();
        int exit = CliApp.Run(["check", "--format", "json"], new CliEnvironment(output, new StringWriter(), root));
        Assert.NotEqual(ExitCodes.BadInput, exit);
        using JsonDocument json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Row(
            d.GetProperty("file").GetString()!,
            d.GetProperty("id").GetString()!,
            d.GetProperty("severity").GetString()!,
            d.GetProperty("message").GetString()!,
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            d.GetProperty("endLine").GetInt32(),
            d.GetProperty("endColumn").GetInt32())).ToList();
    }

    internal static IEnumerable<Row> Rows(string file, Diagnostic[] diagnostics) => diagnostics
        .Select(d => new Row(file, d.Code, d.Severity == 1 ? "error" : "warning", d.Message, d.Range.Start.Line + 1, d.Range.Start.Character + 1, d.Range.End.Line + 1, d.Range.End.Character + 1))
        .OrderBy(row => row);

    internal sealed record Row(string File, string Id, string Severity, string Message, int Line, int Column, int EndLine, int EndColumn) : IComparable<Row>
    {
        public int CompareTo(Row? other) => other is null ? 1 : (Line, Column, Id, Message).CompareTo((other.Line, other.Column, other.Id, other.Message));
    }
}
