using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Fields;
using Xunit;

namespace FactCheck.Editors.Tests;

/// <summary>editors/vscode/package.json against the files it names and the language it describes.</summary>
public sealed class ManifestTests
{
    private static readonly JsonElement s_manifest = ReadJson("package.json");

    private static JsonElement Contributes => s_manifest.GetProperty("contributes");

    [Fact]
    public void The_language_is_factcheck_for_check_files_and_activates_the_extension()
    {
        JsonElement language = Assert.Single(Contributes.GetProperty("languages").EnumerateArray());
        Assert.Equal("factcheck", language.GetProperty("id").GetString());
        Assert.Equal([".check"], language.GetProperty("extensions").EnumerateArray().Select(extension => extension.GetString()));
        Assert.Contains("FactCheck", language.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        Assert.Contains("onLanguage:factcheck", s_manifest.GetProperty("activationEvents").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(InExtension(s_manifest.GetProperty("main").GetString()!)), "main names no file");
    }

    [Fact]
    public void The_grammar_is_contributed_for_the_language_and_its_scope_name_is_the_grammar_files()
    {
        string languageId = Contributes.GetProperty("languages")[0].GetProperty("id").GetString()!;
        JsonElement grammar = Assert.Single(Contributes.GetProperty("grammars").EnumerateArray());
        Assert.Equal(languageId, grammar.GetProperty("language").GetString());
        string path = InExtension(grammar.GetProperty("path").GetString()!);
        Assert.True(File.Exists(path), $"{path} does not exist");
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(grammar.GetProperty("scopeName").GetString(), file.RootElement.GetProperty("scopeName").GetString());
        Assert.EndsWith("." + languageId, grammar.GetProperty("scopeName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_configuration_has_hash_comments_and_pairs_both_quotes_outside_strings_and_comments()
    {
        string path = InExtension(Contributes.GetProperty("languages")[0].GetProperty("configuration").GetString()!);
        JsonElement configuration = ReadJson(Path.GetRelativePath(NodeRun.ExtensionFolder, path));
        Assert.Equal("#", configuration.GetProperty("comments").GetProperty("lineComment").GetString());
        foreach (string quote in new[] { "'", "\"" })
        {
            JsonElement pair = Assert.Single(configuration.GetProperty("autoClosingPairs").EnumerateArray(), p => p.GetProperty("open").GetString() == quote);
            Assert.Equal(quote, pair.GetProperty("close").GetString());
            Assert.Equal(["string", "comment"], pair.GetProperty("notIn").EnumerateArray().Select(scope => scope.GetString()));
            Assert.Contains(configuration.GetProperty("surroundingPairs").EnumerateArray(), p => p[0].GetString() == quote && p[1].GetString() == quote);
        }
    }

    [Fact]
    public void The_word_pattern_takes_every_field_name_verdict_and_date_as_one_word()
    {
        JsonElement configuration = ReadJson("language-configuration.json");
        var word = new Regex($"^(?:{configuration.GetProperty("wordPattern").GetString()})$", RegexOptions.CultureInvariant);
        string[] words = [.. ClaimFields.All.Select(f => f.Name), .. DocumentFields.All.Select(f => f.Name), .. Verdicts.Default.Select(v => v.Keyword), "2026-11-21", "isis-has-been-defeated", "a.b_c"];
        Assert.All(words, w => Assert.Matches(word, w));
        Assert.DoesNotMatch(word, "status:");
        Assert.DoesNotMatch(word, "-x");
    }

    [Fact]
    public void The_server_settings_default_to_factcheck_lsp_and_the_publisher_says_it_is_a_placeholder()
    {
        JsonElement properties = Contributes.GetProperty("configuration").GetProperty("properties");
        Assert.Equal("factcheck", properties.GetProperty("factcheck.server.path").GetProperty("default").GetString());
        Assert.Equal(["lsp"], properties.GetProperty("factcheck.server.args").GetProperty("default").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("placeholder", s_manifest.GetProperty("publisher").GetString(), StringComparison.Ordinal);
        Assert.Contains(Contributes.GetProperty("commands").EnumerateArray(), c => c.GetProperty("command").GetString() == "factcheck.restartServer");
    }

    [Fact]
    public void An_untrusted_workspace_cannot_choose_the_program_the_extension_starts()
    {
        JsonElement untrusted = s_manifest.GetProperty("capabilities").GetProperty("untrustedWorkspaces");
        Assert.Equal("limited", untrusted.GetProperty("supported").GetString());
        Assert.Equal(
            Contributes.GetProperty("configuration").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(),
            untrusted.GetProperty("restrictedConfigurations").EnumerateArray().Select(c => c.GetString()!).Order());
    }

    [Fact]
    public void The_language_client_is_pinned_and_locked_at_one_version_compatible_with_the_engine()
    {
        string pinned = s_manifest.GetProperty("dependencies").GetProperty("vscode-languageclient").GetString()!;
        Assert.Matches(@"^\d+\.\d+\.\d+$", pinned);
        JsonElement locked = ReadJson("package-lock.json").GetProperty("packages").GetProperty("node_modules/vscode-languageclient");
        Assert.Equal(pinned, locked.GetProperty("version").GetString());
        // The client declares the oldest VS Code it runs in; the extension may not promise an older one.
        Assert.Equal(locked.GetProperty("engines").GetProperty("vscode").GetString(), s_manifest.GetProperty("engines").GetProperty("vscode").GetString());
    }

    private static string InExtension(string relative) => Path.GetFullPath(Path.Combine(NodeRun.ExtensionFolder, relative));

    private static JsonElement ReadJson(string relative)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(InExtension(relative)));
        return document.RootElement.Clone();
    }
}
