using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>Completion, hover, navigation, rename, symbols and quick fixes, over a copy of the repository's checks.</summary>
public sealed class LspFeatureTests
{
    internal const string File = "checks/editing.check";

    internal const string Editing = """
        claim: 'The world is waiting for Iran\'s response' source: 000 status: true
          id: world-waiting
          supports: restore-deterrence

        claim: 'Iran can retaliate for the drone strike' source: 000 status: mostly-true
          contradicts: world-waiting
          evidence: 000 'a convoy carrying a top Iranian general'
        """;

    [Fact]
    public async Task Completion_offers_fields_with_their_summary_verdicts_sources_claim_ids_and_today()
    {
        await using LspClient client = await StartAsync();
        string text = Editing + "\n  ";
        await client.ChangeAsync(File, text);
        CompletionList fields = await CompleteAsync(client, text, text.Length);
        CompletionItem by = Assert.Single(fields.Items, item => item.Label == "by");
        Assert.Equal(FactCheck.Fields.ClaimFields.By.Summary, by.Detail);
        Assert.Equal("by: ", by.TextEdit!.NewText);
        Assert.Equal(FactCheck.Fields.ClaimFields.Correction.Summary, Assert.Single(fields.Items, item => item.Label == "correction").Detail);

        text = Editing + "\n  status: ";
        await client.ChangeAsync(File, text, 3);
        CompletionList verdicts = await CompleteAsync(client, text, text.Length);
        Assert.Equal(Verdicts.Default.Select(verdict => verdict.Keyword), verdicts.Items.Select(item => item.Label));
        Assert.Equal(Verdicts.Default[4].Meaning, verdicts.Items[4].Detail);

        text = Editing + "\nclaim: 'x' source: 0";
        await client.ChangeAsync(File, text, 4);
        CompletionList sources = await CompleteAsync(client, text, text.Length);
        Assert.Equal(["000", "004"], sources.Items.Select(item => item.Label));
        Assert.Contains("Duns Scotus", sources.Items[0].Detail, StringComparison.Ordinal);
        Assert.Equal(new Position(7, 19), sources.Items[0].TextEdit!.Range.Start);

        text = Editing + "\n  supports: ";
        await client.ChangeAsync(File, text, 5);
        CompletionList claims = await CompleteAsync(client, text, text.Length);
        Assert.Contains(claims.Items, item => item.Label == "restore-deterrence" && item.Detail!.StartsWith("Killing Soleimani", StringComparison.Ordinal));
        Assert.Contains(claims.Items, item => item.Label == "world-waiting");

        text = Editing + "\n  said: ";
        await client.ChangeAsync(File, text, 6);
        CompletionList today = await CompleteAsync(client, text, text.Length);
        Assert.Equal("2026-11-29", Assert.Single(today.Items).Label);

        text = Editing + "\n  correction: ";
        await client.ChangeAsync(File, text, 7);
        CompletionList correctionDay = await CompleteAsync(client, text, text.Length);
        Assert.Equal("2026-11-29", Assert.Single(correctionDay.Items).Label);
    }

    [Fact]
    public async Task Completion_inside_a_quote_offers_the_passages_of_the_cited_source_that_continue_it()
    {
        await using LspClient client = await StartAsync();
        string text = Editing + "\n  quote: 'possible ways that IRAN can";
        await client.ChangeAsync(File, text);
        CompletionList passages = await CompleteAsync(client, text, text.Length);
        CompletionItem passage = Assert.Single(passages.Items);
        Assert.StartsWith("possible ways that Iran can retaliate for the drone strike", passage.Label, StringComparison.Ordinal);
        Assert.EndsWith("shipping.", passage.Label, StringComparison.Ordinal);
        Assert.Equal(passage.Label, passage.TextEdit!.NewText);
        Assert.Equal("possible ways that IRAN can", passage.FilterText);

        text = Editing + "\n  evidence: 004 'Katyusha rockets";
        await client.ChangeAsync(File, text, 3);
        CompletionList evidence = await CompleteAsync(client, text, text.Length);
        Assert.NotEmpty(evidence.Items);
        Assert.All(evidence.Items, item => Assert.StartsWith("004,", item.Detail, StringComparison.Ordinal));
        Assert.All(evidence.Items, item => Assert.StartsWith("Katyusha rockets", item.Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Completion_and_hover_follow_the_scale_the_workspace_declares()
    {
        const string Scale = "scale: 'Truth-O-Meter' best: 6 worst: 1\nverdict: pants-on-fire label: 'Pants on Fire' rating: 1 meaning: 'Not accurate, and ridiculous.'\nverdict: half-true label: 'Half True' rating: 4 meaning: 'Partly accurate.'\n";
        string text = Scale + "claim: 'The world is waiting for Iran\\'s response' source: 000 status: half-true\n  ";
        await using LspClient client = await StartAsync(text);

        CompletionList keywords = await CompleteAsync(client, text, Scale.Length);
        Assert.Contains(keywords.Items, item => item.Label == "scale");
        Assert.Contains(keywords.Items, item => item.Label == "verdict");
        text += "status: ";
        await client.ChangeAsync(File, text);
        CompletionList verdicts = await CompleteAsync(client, text, text.Length);
        Assert.Equal(["pants-on-fire", "half-true"], verdicts.Items.Select(item => item.Label));
        Assert.Equal("**Pants on Fire** (1): Not accurate, and ridiculous.", verdicts.Items[0].Documentation!.Value);

        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(Document(client), LspClient.PositionOf(text, "status: half-true", 9)));
        Assert.Equal("**Half True** (4): Partly accurate.", hover.Contents.Value);
        Hover declared = await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(Document(client), LspClient.PositionOf(text, "pants-on-fire", 1)));
        Assert.Equal("**Pants on Fire** (1): Not accurate, and ridiculous.", declared.Contents.Value);

        string verdictEntry = Scale + "verdict: outdated ";
        await client.ChangeAsync(File, verdictEntry, 3);
        CompletionList verdictFields = await CompleteAsync(client, verdictEntry, verdictEntry.Length);
        Assert.Equal(FactCheck.Fields.VerdictFields.All.Select(field => field.Name), verdictFields.Items.Where(item => item.Kind != 14).Select(item => item.Label));
    }

    [Fact]
    public async Task Hover_shows_a_verdict_a_source_a_passage_in_its_paragraph_and_a_linked_claim()
    {
        await using LspClient client = await StartAsync();
        Assert.Equal("**Mostly true** (4): " + Verdicts.Default[1].Meaning, (await HoverAsync(client, "mostly-true")).Contents.Value);
        Assert.Contains("Duns Scotus", (await HoverAsync(client, "000 status")).Contents.Value, StringComparison.Ordinal);

        string passage = (await HoverAsync(client, "'a convoy", 3)).Contents.Value;
        Assert.Contains("**a convoy carrying a top Iranian general**", passage, StringComparison.Ordinal);
        Assert.Contains("The world is waiting for Iran's response following America's terrorist attack on ", passage, StringComparison.Ordinal);

        string linked = (await HoverAsync(client, "restore-deterrence", 2)).Contents.Value;
        Assert.Contains("Contested", linked, StringComparison.Ordinal);
        Assert.Contains("Killing Soleimani would", linked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definition_goes_from_a_link_to_its_claim_a_source_id_to_its_file_and_a_passage_to_its_place()
    {
        await using LspClient client = await StartAsync();
        Location claim = Assert.Single(await DefinitionAsync(client, "restore-deterrence", 1));
        Assert.Equal(client.Uri("checks/deterrence.check"), claim.Uri);
        Position declared = LspClient.PositionOf(client.Read("checks/deterrence.check"), "id: restore-deterrence", 4);
        Assert.Equal(new LspRange(declared, declared with { Character = declared.Character + "restore-deterrence".Length }), claim.Range);

        Location source = Assert.Single(await DefinitionAsync(client, "000 'a convoy"));
        Assert.EndsWith("seeds/000_485e55baddcabb7a.txt", source.Uri, StringComparison.Ordinal);

        Location passage = Assert.Single(await DefinitionAsync(client, "'a convoy", 4));
        string seed = System.IO.File.ReadAllText(Cli.Lsp.DocumentUri.ToPath(passage.Uri)).ReplaceLineEndings("\n");
        string[] lines = seed.Split('\n');
        Assert.Equal("a convoy carrying a top Iranian general", lines[passage.Range.Start.Line].Substring(passage.Range.Start.Character, passage.Range.End.Character - passage.Range.Start.Character));
    }

    [Fact]
    public async Task References_find_the_claims_citing_a_source_and_the_links_to_a_claim()
    {
        await using LspClient client = await StartAsync();
        Location[] links = await client.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(Document(client), LspClient.PositionOf(Editing, "id: world-waiting", 5), new ReferenceContext(false)));
        Location link = Assert.Single(links);
        Assert.Equal(new LspRange(new Position(5, 15), new Position(5, 28)), link.Range);

        Location[] citing = await client.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(Document(client), LspClient.PositionOf(Editing, "000 status"), new ReferenceContext(false)));
        Assert.Contains(citing, location => location.Uri == client.Uri("checks/documents.check"));
        Assert.Equal(3, citing.Count(location => location.Uri == client.Uri(File)));
        Assert.All(citing, location =>
        {
            string line = System.IO.File.ReadAllText(Cli.Lsp.DocumentUri.ToPath(location.Uri)).Split('\n')[location.Range.Start.Line];
            Assert.Equal("000", line[location.Range.Start.Character..location.Range.End.Character]);
        });
    }

    [Fact]
    public async Task Rename_changes_a_claim_id_and_every_link_to_it_and_writes_an_id_for_a_claim_without_one()
    {
        await using LspClient client = await StartAsync();
        Position onLink = LspClient.PositionOf(Editing, "restore-deterrence", 3);
        PrepareRenameResult prepared = await client.RequestAsync<PrepareRenameResult>("textDocument/prepareRename", new TextDocumentPositionParams(Document(client), onLink));
        Assert.Equal("restore-deterrence", prepared.Placeholder);

        WorkspaceEdit edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(Document(client), onLink, "deterrence-restored"));
        string deterrence = Apply(client.Read("checks/deterrence.check"), edit.Changes[client.Uri("checks/deterrence.check")]);
        Assert.Contains("  id: deterrence-restored\n", deterrence, StringComparison.Ordinal);
        Assert.Contains("contradicts: deterrence-restored", deterrence, StringComparison.Ordinal);
        Assert.DoesNotContain("restore-deterrence", deterrence, StringComparison.Ordinal);
        Assert.Equal("  supports: deterrence-restored", Apply(Editing, edit.Changes[client.Uri(File)]).Split('\n')[2]);

        WorkspaceEdit written = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(Document(client), LspClient.PositionOf(Editing, "Iran can", 2), "can-retaliate"));
        string renamed = Apply(Editing, written.Changes[client.Uri(File)]);
        Assert.Contains("status: mostly-true\n  id: can-retaliate\n  contradicts:", renamed, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(Document(client), onLink, "not a word")));
        Assert.Contains("is not a claim id", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Symbols_list_a_files_claims_and_the_workspaces_claims_and_sources()
    {
        await using LspClient client = await StartAsync();
        DocumentSymbol[] symbols = await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(Document(client)));
        Assert.Equal(["world-waiting", "iran-can-retaliate-for-the-drone-strike"], symbols.Select(symbol => symbol.Name));

        SymbolInformation[] found = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("deterr"));
        Assert.Contains(found, symbol => symbol.Name == "restore-deterrence" && symbol.Location.Uri == client.Uri("checks/deterrence.check"));
        SymbolInformation[] sources = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("004"));
        Assert.Contains(sources, symbol => symbol.Name == "004" && symbol.Location.Uri.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quick_fixes_apply_the_suggestions_of_the_diagnostics()
    {
        const string broken = """
            claim: 'The world is waiting for Iran\'s response' source: 00 status: mostly-ture
              byy: 'Someone'

            claim: 'Iran can retaliate for the drone strike' source: 000 status: true
              supports: restore-deterence

            claim: 'Iran can retaliate for the drone strikes' source: 000 status: true
              id: strikes

            claim: 'There are a number of possible ways that Iran can retaliate'
            """;
        await using LspClient client = await StartAsync(broken);
        await client.WaitForDiagnosticsAsync(File, diagnostics => diagnostics.Any(d => d.Code == "FC0004"));
        CodeAction[] actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(Document(client), new LspRange(new Position(0, 0), new Position(10, 0)), new CodeActionContext([])));
        string fixedText = broken;
        foreach (CodeAction action in actions.OrderByDescending(action => action.Edit.Changes[client.Uri(File)][0].Range.Start.Line).ThenByDescending(action => action.Edit.Changes[client.Uri(File)][0].Range.Start.Character))
        {
            Assert.Equal("quickfix", action.Kind);
            fixedText = Apply(fixedText, action.Edit.Changes[client.Uri(File)]);
        }

        Assert.Equal("""
            claim: 'The world is waiting for Iran\'s response' source: 000 status: mostly-true
              by: 'Someone'

            claim: 'Iran can retaliate for the drone strike' source: 000 status: true
              supports: restore-deterrence

            claim: 'Iran can retaliate for the drone strike' source: 000 status: true
              id: strikes

            claim: 'There are a number of possible ways that Iran can retaliate' source: 000 status: unproven
            """, fixedText);
    }

    [Fact]
    public async Task Formatting_gives_factcheck_fmts_layout_and_nothing_for_a_file_that_does_not_parse()
    {
        const string untidy = "claim: 'Iran can retaliate for the drone strike'   status: true source: 000\n        id:   retaliate\n";
        await using LspClient client = await StartAsync(untidy);
        TextEdit[] edits = await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(Document(client)));
        string formatted = Apply(untidy, edits);

        System.IO.File.WriteAllText(System.IO.Path.Combine(client.Root, "checks", "fmt.check"), untidy);
        Assert.Equal(ExitCodes.Valid, CliApp.Run(["fmt", "checks/fmt.check"], new CliEnvironment(new System.IO.StringWriter(), new System.IO.StringWriter(), client.Root)));
        Assert.Equal(client.Read("checks/fmt.check"), formatted);
        Assert.NotEqual(untidy, formatted);

        await client.ChangeAsync(File, formatted, 3);
        Assert.Empty(await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(Document(client))));
        await client.ChangeAsync(File, untidy + "claim: 'unclosed", 4);
        Assert.Empty(await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(Document(client))));
    }

    [Fact]
    public async Task Semantic_tokens_say_what_each_token_is_by_the_field_it_stands_in()
    {
        await using LspClient client = await StartAsync();
        SemanticTokens tokens = await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(Document(client)));
        string[] types = [.. Cli.Lsp.SemanticTokensProvider.TokenTypes];
        var decoded = new List<(string Text, string Type)>();
        string[] lines = Editing.Split('\n');
        int line = 0;
        int start = 0;
        for (int i = 0; i < tokens.Data.Length; i += 5)
        {
            start = tokens.Data[i] == 0 ? start + tokens.Data[i + 1] : tokens.Data[i + 1];
            line += tokens.Data[i];
            decoded.Add((lines[line].Substring(start, tokens.Data[i + 2]), types[tokens.Data[i + 3]]));
        }

        Assert.Equal(
            [
                ("claim", "keyword"), ("'The world is waiting for Iran\\'s response'", "string"), ("source", "property"), ("000", "namespace"), ("status", "property"), ("true", "enumMember"),
                ("id", "property"), ("world-waiting", "variable"), ("supports", "property"), ("restore-deterrence", "variable"),
            ],
            decoded.Take(10));
        Assert.Contains(("'a convoy carrying a top Iranian general'", "string"), decoded);
    }

    private static async Task<LspClient> StartAsync(string text = Editing)
    {
        string root = LspClient.CreateWorkspace(new Dictionary<string, string> { [File] = text });
        LspClient client = await LspClient.StartAsync(root);
        await client.OpenAsync(File, text);
        return client;
    }

    private static TextDocumentIdentifier Document(LspClient client) => new(client.Uri(File));

    private static Task<CompletionList> CompleteAsync(LspClient client, string text, int offset)
    {
        string before = text[..offset];
        var position = new Position(before.Count(c => c == '\n'), offset - (before.LastIndexOf('\n') + 1));
        return client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(Document(client), position));
    }

    private static async Task<Hover> HoverAsync(LspClient client, string needle, int within = 0) =>
        await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(Document(client), LspClient.PositionOf(Editing, needle, within)));

    private static Task<Location[]> DefinitionAsync(LspClient client, string needle, int within = 0) =>
        client.RequestAsync<Location[]>("textDocument/definition", new TextDocumentPositionParams(Document(client), LspClient.PositionOf(Editing, needle, within)));

    internal static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        foreach (TextEdit edit in edits.OrderByDescending(edit => edit.Range.Start.Line).ThenByDescending(edit => edit.Range.Start.Character))
        {
            text = Cli.Lsp.TextChange.Apply(text, edit.Range, edit.NewText);
        }

        return text;
    }
}
