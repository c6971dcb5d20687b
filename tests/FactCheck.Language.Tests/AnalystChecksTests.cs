using System;
using System.Linq;
using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests;

/// <summary>The analysts' checks bundled in <c>checks/</c> compile cleanly against the seeds and cover the language.</summary>
public sealed class AnalystChecksTests
{
    private static readonly CheckCompilation s_compilation = CheckCompilation.Compile(Repository.CheckFiles, Repository.SeedFiles);

    [Fact]
    public void The_bundled_checks_compile_against_the_seeds_with_no_diagnostic()
    {
        Assert.True(Repository.CheckFiles.Count >= 3, $"Only {Repository.CheckFiles.Count} .check files in {Repository.Checks}.");
        Assert.Empty(s_compilation.Diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void The_bundled_checks_hold_at_least_15_claims_and_use_every_verdict()
    {
        Assert.True(s_compilation.Set.Claims.Count >= 15, $"Only {s_compilation.Set.Claims.Count} claims.");
        Assert.Equal(
            Verdicts.Default.Select(verdict => verdict.Keyword).Order(StringComparer.Ordinal),
            s_compilation.Set.Claims.Select(resolved => resolved.Claim.Verdict).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_source_has_exactly_one_document_entry()
    {
        string[] described = Repository.CheckFiles
            .SelectMany(file => CheckParser.Parse(file.Path, file.Text).Syntax.Entries.OfType<DocumentEntrySyntax>())
            .Select(entry => entry.Head.Text)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(s_compilation.Set.Sources.Select(source => source.Id), described);
        Assert.All(s_compilation.Set.Sources, source => Assert.NotNull(source.Author));
    }

    [Fact]
    public void Every_claim_of_every_file_reaches_the_set()
    {
        int written = Repository.CheckFiles.Sum(file => CheckParser.Parse(file.Path, file.Text).Syntax.Entries.OfType<ClaimEntrySyntax>().Count());

        Assert.Equal(written, s_compilation.Set.Claims.Count);
    }
}
