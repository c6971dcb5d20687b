using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace FactCheck.Editors.Tests;

/// <summary>Packages editors/vscode into a .vsix with @vscode/vsce, as its README tells a user to, and checks what the package holds.</summary>
public sealed class PackagingTests
{
    [Fact]
    public async Task The_extension_packages_into_a_vsix_holding_its_manifest_grammar_client_and_language_client()
    {
        NodeRun.RequireInstalled(Path.Combine(NodeRun.ExtensionFolder, "node_modules"));
        string folder = Directory.CreateTempSubdirectory("factcheck-vsix-").FullName;
        try
        {
            string vsix = Path.Combine(folder, "factcheck.vsix");
            string vsce = Path.Combine(NodeRun.TestFolder, "node_modules", ".bin", "vsce");
            await NodeRun.Succeeds(NodeRun.ExtensionFolder, vsce, null, "package", "--skip-license", "--allow-missing-repository", "--out", vsix);

            using ZipArchive archive = ZipFile.OpenRead(vsix);
            string[] entries = archive.Entries.Select(entry => entry.FullName).ToArray();
            foreach (string expected in new[]
            {
                "extension.vsixmanifest",
                "extension/package.json",
                "extension/language-configuration.json",
                "extension/syntaxes/factcheck.tmLanguage.json",
                "extension/extension.js",
                "extension/server.js",
                "extension/node_modules/vscode-languageclient/lib/node/main.js",
            })
            {
                Assert.Contains(expected, entries);
            }

            Assert.DoesNotContain(entries, entry => entry.EndsWith(".vsix", System.StringComparison.Ordinal) || entry.EndsWith(".d.ts", System.StringComparison.Ordinal));

            Assert.Equal(Read(Path.Combine(NodeRun.ExtensionFolder, "syntaxes", "factcheck.tmLanguage.json")), ReadEntry(archive, "extension/syntaxes/factcheck.tmLanguage.json"));
            using JsonDocument manifest = JsonDocument.Parse(ReadEntry(archive, "extension/package.json"));
            Assert.Equal("factcheck", manifest.RootElement.GetProperty("contributes").GetProperty("languages")[0].GetProperty("id").GetString());
            string vsixManifest = ReadEntry(archive, "extension.vsixmanifest");
            Assert.Contains("Microsoft.VisualStudio.Code.Manifest", vsixManifest, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Read(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");

    private static string ReadEntry(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
