using System.Collections.Generic;
using System.Linq;
using System;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language.Diagnostics;
using FactCheck.Language;
using FactCheck.Testing;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>
/// Whatever the input, the generator does not crash, reports exactly the diagnostics FactCheck.Language gives (same ids,
/// files and places), its output compiles, and the claims it generates are the ones the language model builds.
/// </summary>
public sealed class ScenarioTests
{
    private const string Translator = SeedPassages.Translator;
    private const string Strikes = SeedPassages.Strikes;

    private static readonly Dictionary<string, (string[] Ids, Func<GeneratorHarness, GeneratorHarness> Build)> s_scenarios = new()
    {
        ["duplicate id across files"] = (["FC0006"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("same", Translator))
            .AddCheck("checks/b.check", CheckText.Claim("same", Strikes))),
        ["duplicate id in one file"] = (["FC0006"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("same", Translator) + CheckText.Claim("same", Strikes))),
        ["id that becomes an object member name"] = (["FC0012"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("to-string", Translator) + CheckText.Claim("get_hash_code", Strikes) + CheckText.Claim("kept", Translator))),
        ["document for an unknown source"] = (["FC0003"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", "document: 999\n  title: 'Nowhere'\n\n" + CheckText.Claim("kept", Translator))),
        ["odd source file names"] = (["FC0019"], h => h
            .AddSource("ü_umlaut.txt", Translator)
            .AddSource("é_accent.txt", Strikes)
            .AddSource(".txt", Translator)
            .AddSource("README", Strikes)
            .AddSource("_leading.txt", Translator)
            .AddSource("a.b.txt", Strikes)
            .AddCheck("checks/a.check",
                CheckText.Claim("readme", Strikes, source: "README") +
                CheckText.Claim("dotted", Strikes, source: "a.b"))),
        ["same id in two files, the first with an error"] = (["FC0004", "FC0006"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("same", "not in the source") + CheckText.Claim("same", Translator))
            .AddCheck("checks/b.check", CheckText.Claim("same", Strikes))),
        ["unknown linked claim"] = (["FC0009"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("linked", Translator) + "  supports: nowhere\n")),
        ["link to a claim left out for an error"] = (["FC0004"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("linking", Translator).TrimEnd() + "\n  supports: broken\n\n" + CheckText.Claim("broken", "words not in the source"))),
        ["unknown source"] = (["FC0003"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("elsewhere", Translator, source: "999") + CheckText.Claim("here", Translator))),
        ["two files with one source id"] = (["FC0014"], h => h
            .AddSource("005_first.txt", Translator)
            .AddSource("005_second.txt", Strikes)
            .AddCheck("checks/a.check", CheckText.Claim("first", Translator, source: "005"))),
        ["a source and a .check file over the size limit"] = (["FC0015"], h => h.AddRepositorySeeds()
            .AddSource("huge_1.txt", new string('x', InputLimits.MaxSourceLength + 1))
            .AddCheck("checks/a.check", CheckText.Claim("here", Translator) + CheckText.Claim("in-huge", "x", source: "huge"))
            .AddCheck("checks/huge.check", new string(' ', InputLimits.MaxCheckFileLength + 1))),
        ["files that are not UTF-8, and a binary one"] = (["FC0004", "FC0018"], h => h.AddRepositorySeeds()
            .AddSource("latin_1.txt", Windows1252("Caf\u00e9 cr\u00e8me.\r\nA second line."))
            .AddSource("binary_1.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF])
            .AddSource("marked_1.txt", [0xEF, 0xBB, 0xBF, 0x63, 0x61, 0x66, 0xE9])
            .AddCheck("checks/latin.check", Windows1252("# \u00e9\n" + CheckText.Claim("latin", Translator)))
            .AddCheck("checks/a.check", CheckText.Claim("cites-latin", "Caf cr me", source: "latin") + CheckText.Claim("marked", "caf\uFFFD", source: "marked") + CheckText.Claim("fine", Strikes))
            .AddCheck("checks/b.check", CheckText.Claim("not-in-marked", "caf\u00e9", source: "marked"))),
        ["source file names that give no word"] = (["FC0003", "FC0019"], h => h.AddRepositorySeeds()
            .AddSource("a b_1.txt", Translator)
            .AddSource(".DS_Store", Strikes)
            .AddSource(".gitkeep", string.Empty)
            .AddCheck("checks/a.check", CheckText.Claim("named", Translator, source: "a") + CheckText.Claim("fine", Strikes))),
        ["source ids that collide once PascalCased"] = (["FC0012"], h => h
            .AddSource("a-b_first.txt", Translator)
            .AddSource("a.b_second.txt", Strikes)
            .AddCheck("checks/a.check", CheckText.Claim("first", Translator, source: "a-b") + CheckText.Claim("second", Strikes, source: "a.b"))),
        ["source id all"] = (["FC0012"], h => h
            .AddSource("all_sources.txt", Translator)
            .AddSource("ok_source.txt", Strikes)
            .AddCheck("checks/a.check", CheckText.Claim("first", Translator, source: "all") + CheckText.Claim("second", Strikes, source: "ok"))),
        ["two document entries for one source"] = (["FC0014"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", "document: 004\n  title: 'One'\n\n" + CheckText.Claim("kept", Translator))
            .AddCheck("checks/b.check", "document: 004\n  title: 'Two'\n")),
        ["verdict without evidence is only a warning"] = (["FC0010"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("unevidenced", Translator, status: "false"))),
        ["missing, unknown and malformed fields"] = (["FC0002", "FC0005", "FC0007", "FC0008", "FC0013"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check",
                $"claim: {HostileStrings.Quoted(Translator)} source: 004\n  id: no-status\n\n" +
                $"claim: {HostileStrings.Quoted(Translator)} source: 004 status: maybe\n  id: bad-verdict\n\n" +
                $"claim: {HostileStrings.Quoted(Translator)} source: 004 status: true\n  id: unknown-field\n  colour: 'red'\n\n" +
                $"claim: {HostileStrings.Quoted(Translator)} source: 004 status: true\n  id: twice\n  note: 'a'\n  note: 'b'\n\n" +
                $"claim: {HostileStrings.Quoted(Translator)} source: 004 status: true\n  id: bad-date\n  said: 2020-02-30\n\n" +
                CheckText.Claim("good", Strikes))),
        ["self and contradictory links"] = (["FC0016"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("self", Translator) + "  supports: self\n\n"
                + CheckText.Claim("both", Strikes) + "  supports: kept\n  contradicts: kept\n\n" + CheckText.Claim("kept", Translator))),
        ["repeated tags, links and evidence are dropped with a warning"] = (["FC0017"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("repeats", Translator) + "  tags: iran, iran\n  supports: kept, kept\n  evidence: 'https://example.org/x'\n  evidence: 'https://EXAMPLE.org/x'\n\n"
                + CheckText.Claim("kept", Strikes))),
        ["evidence not in its source"] = (["FC0011"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("evidenced", Translator, status: "false") + "  evidence: 004 'words not in the source'\n")),
        ["empty and comment-only files"] = ([], h => h.AddRepositorySeeds()
            .AddCheck("checks/empty.check", string.Empty)
            .AddCheck("checks/comments.check", "# nothing but a comment\n")
            .AddCheck("checks/a.check", CheckText.Claim("only", Translator))),
        ["CRLF line endings throughout"] = (["FC0004"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", (CheckText.Claim("crlf", Translator) + "  note: 'two\n    lines'\n\n" + CheckText.Claim("missing", "not in the source")).Replace("\n", "\r\n", StringComparison.Ordinal))),
        ["no source documents"] = (["FC0003"], h => h
            .AddCheck("checks/a.check", CheckText.Claim("orphan", Translator))),
        ["a declared scale judges the claims"] = (["FC0005", "FC0010"], h => h.AddRepositorySeeds()
            .AddCheck("checks/scale.check", "scale: 'Truth-O-Meter' best: 6 worst: 1\nverdict: pants-on-fire label: 'Pants on Fire' rating: 1 meaning: 'Ridiculous.' colour: '#b3261e' evidence: required\nverdict: 2nd label: 'Second' meaning: 'Verdicts.Verdict2nd in C#.' colour: '#1a7f37' dark-colour: '#4ac26b'\n")
            .AddCheck("checks/a.check", CheckText.Claim("fire", Translator, status: "pants-on-fire") + CheckText.Claim("second", Strikes, status: "2nd") + CheckText.Claim("default", Translator, status: "true"))),
        ["a scale of names with declaration errors"] = (["FC0012", "FC0020", "FC0021", "FC0022"], h => h.AddRepositorySeeds()
            .AddCheck("checks/scale.check", "scale: 'Named'\nverdict: outdated label: 'Outdated' meaning: 'Once true.' rating: 3\nverdict: outdated label: 'Again' meaning: 'Twice.'\nverdict: pale label: 'Pale' meaning: 'Unreadable.' colour: '#ffcc00'\nverdict: to-string label: 'ToString' meaning: 'A member of object.'\nverdict: miscaptioned label: 'Miscaptioned' meaning: 'Real picture, wrong caption.'\n")
            .AddCheck("checks/a.check", CheckText.Claim("miscaptioned", Translator, status: "miscaptioned") + CheckText.Claim("outdated", Strikes, status: "outdated"))),
        ["two scales and a stray verdict"] = (["FC0023"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", "scale: 'First'\nverdict: right label: 'Right' meaning: 'Accurate.'\n\n" + CheckText.Claim("right", Translator, status: "right"))
            .AddCheck("checks/b.check", "verdict: stray label: 'Stray' meaning: 'No scale.'\nscale: 'Second'\n")),
        ["a correction dated before its review"] = (["FC0030"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", CheckText.Claim("corrected", Translator) + "  reviewed: 2026-11-21\n  correction: 2026-11-20 'A day early.'\n\n" + CheckText.Claim("kept", Strikes))),
        ["a correction dated after the build's day"] = (["FC0031"], h =>
        {
            h.FactCheckToday = "2026-11-29";
            return h.AddRepositorySeeds()
                .AddCheck("checks/a.check", CheckText.Claim("ahead", Translator) + "  correction: 2026-12-01 'Not made yet.'\n  correction: 2026-11-30 'Made in Auckland.'\n\n" + CheckText.Claim("kept", Strikes));
        }),
        ["syntax errors in several files"] = (["FC0001"], h => h.AddRepositorySeeds()
            .AddCheck("checks/a.check", "claim: 'unknown escape \\q' source: 004 status: true\n")
            .AddCheck("checks/b.check", "claim source: 004\n")
            .AddCheck("checks/c.check", CheckText.Claim("fine", Translator))),
    };

    public static TheoryData<string> Scenarios => new(s_scenarios.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_generator_reports_what_the_language_reports_and_its_output_matches_the_language_model(string scenario)
    {
        (string[] ids, Func<GeneratorHarness, GeneratorHarness> build) = s_scenarios[scenario];
        GeneratorHarness harness = build(new GeneratorHarness());

        GeneratorRun run = harness.Run(TestContext.Current.CancellationToken);

        Assert.Null(run.RunResult.Results[0].Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
        Assert.Equal(ids, run.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        CheckCompilation language = harness.CompileWithLanguage();
        Assert.Equal(Describe(language.Diagnostics), Describe(run.Diagnostics));
        Assert.False(run.CompilationDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), run.CompilationProblems);
        var (sources, claims) = GeneratedAssembly.ReadModel(run, TestContext.Current.CancellationToken);
        ModelAssert.Equal(language.ToModel(GeneratorHarness.DisplayPath), sources, claims);
    }

    [Fact]
    public void Every_catalogue_id_has_a_scenario()
    {
        Assert.Equal(
            DiagnosticCatalog.All.Select(entry => entry.Id),
            s_scenarios.Values.SelectMany(scenario => scenario.Ids).Distinct().Order(StringComparer.Ordinal));
    }

    private static byte[] Windows1252(string text) => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    private static string[] Describe(IEnumerable<CheckDiagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.FilePath}({d.Range.Start.Line},{d.Range.Start.Column})-({d.Range.End.Line},{d.Range.End.Column}) {d.Id} {(d.IsError ? "Error" : "Warning")}: {d.Message}")
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.Id} {d.Severity}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        })
        .Order(StringComparer.Ordinal)
        .ToArray();
}
