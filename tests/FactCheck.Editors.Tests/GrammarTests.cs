using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactCheck.Fields;
using Xunit;

namespace FactCheck.Editors.Tests;

/// <summary>
/// The TextMate grammar, tokenized in node by vscode-textmate and vscode-oniguruma as VS Code does (node/grammar.test.js):
/// the repository's checks and crafted lines, against the field table (names and value shapes) and verdict scale written
/// here from the C# code.
/// </summary>
public sealed class GrammarTests
{
    [Fact]
    public async Task The_grammar_gives_every_construct_of_the_checks_and_every_field_and_verdict_its_scope()
    {
        string table = Path.Combine(Directory.CreateTempSubdirectory("factcheck-grammar-").FullName, "table.json");
        try
        {
            File.WriteAllText(table, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["claimFields"] = ClaimFields.All.Select(field => field.Name),
                ["documentFields"] = DocumentFields.All.Select(field => field.Name),
                ["scaleFields"] = ScaleFields.All.Select(field => field.Name),
                ["verdictFields"] = VerdictFields.All.Select(field => field.Name),
                ["shapes"] = ClaimFields.All.Concat(DocumentFields.All).ToDictionary(field => field.Name, field => field.Shape.ToString()),
                ["verdicts"] = Verdicts.Default.Select(verdict => verdict.Keyword),
                ["partyKinds"] = Party.Keywords,
            }));

            await NodeRun.Succeeds(NodeRun.TestFolder, "node", new Dictionary<string, string> { ["FACTCHECK_TABLE"] = table }, "--test", Path.Combine("node", "grammar.test.js"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(table)!, recursive: true);
        }
    }
}
