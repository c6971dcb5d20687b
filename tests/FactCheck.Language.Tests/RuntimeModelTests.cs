using System;
using System.IO;
using System.Linq;
using FactCheck.Language.Matching;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests;

/// <summary>The runtime model built from the analysts' checks: what the generated code would hold.</summary>
public sealed class RuntimeModelTests
{
    private static readonly CheckModel s_model =
        CheckCompilation.Compile(Repository.CheckFiles, Repository.SeedFiles).ToModel(path => Path.GetRelativePath(Repository.Root, path));

    [Fact]
    public void Every_claim_match_reads_in_its_source_as_the_claim_quote_or_text()
    {
        Assert.NotEmpty(s_model.Claims);
        Assert.All(s_model.Claims, claim =>
        {
            Assert.Same(claim.Source, claim.Passage.Document);
            Assert.Equal(NormalizedText.OfQuote(claim.Quote ?? claim.Text), NormalizedText.OfQuote(claim.Passage.Text));
            Assert.Equal(claim.Passage.Start, PositionIn(claim.Source.Text, claim.Passage.Start.Offset));
        });
    }

    [Fact]
    public void Every_evidence_passage_reads_in_its_source_as_quoted_and_every_link_is_absolute()
    {
        Evidence[] evidence = s_model.Claims.SelectMany(claim => claim.Evidence).ToArray();

        Assert.Contains(evidence, item => item is LinkEvidence);
        Assert.Contains(evidence, item => item is PassageEvidence);
        Assert.All(evidence, item =>
        {
            switch (item)
            {
                case LinkEvidence link:
                    Assert.True(link.Url.IsAbsoluteUri);
                    Assert.StartsWith("http", link.Url.Scheme, StringComparison.Ordinal);
                    break;
                case PassageEvidence quoted:
                    Assert.Same(s_model.Sources.Find(quoted.Passage.Document.Id), quoted.Passage.Document);
                    Assert.Equal(NormalizedText.OfQuote(quoted.Quote), NormalizedText.OfQuote(quoted.Passage.Text));
                    break;
                default:
                    Assert.Fail($"Unknown evidence {item.GetType()}.");
                    break;
            }
        });
    }

    [Fact]
    public void Every_claim_location_is_the_claim_keyword_in_its_file()
    {
        Assert.All(s_model.Claims, claim =>
        {
            Assert.StartsWith("checks" + Path.DirectorySeparatorChar, claim.Location.FilePath, StringComparison.Ordinal);
            string[] lines = File.ReadAllText(Path.Combine(Repository.Root, claim.Location.FilePath)).Split('\n');
            string line = lines[claim.Location.Line - 1];
            Assert.StartsWith("claim:", line.Substring(claim.Location.Column - 1), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_mission_claim_is_in_the_model_with_its_verdict_source_position_and_links()
    {
        Claim claim = Assert.Single(s_model.Claims, claim => claim.Id == "isis-defeated");

        Assert.Same(Verdicts.Contested, claim.Verdict);
        Assert.Equal("ISIS has been defeated", claim.Passage.Text);
        Assert.Equal(new TextPosition(1372, 15, 116), claim.Passage.Start);
        Assert.Equal(Path.Combine("checks", "iraq-bases.check"), claim.Location.FilePath);
        Assert.Equal((6, 1), (claim.Location.Line, claim.Location.Column));
        Assert.Equal("Duns Scotus", claim.Claimant);
        Assert.Equal(["isis", "iraq", "us-troops"], claim.Tags);
        Assert.Equal(["us-troops-5200"], claim.Contradicts.Select(link => link.Id));
        Assert.Same(s_model.Claims.Find("us-troops-5200"), claim.Contradicts.Single());
        Assert.Equal(new CalendarDate(2026, 11, 21), claim.Reviewed);
        Assert.Same(s_model.Sources.Single(source => source.Id == "000"), claim.Source);
    }

    [Fact]
    public void The_sources_are_the_seeds_with_what_their_document_entries_say()
    {
        Assert.Equal(["000", "004"], s_model.Sources.Select(source => source.Id));
        Assert.Equal(["Duns Scotus", "Matthew Petti"], s_model.Sources.Select(source => source.Author));
        Assert.All(s_model.Sources, source => Assert.Null(source.Title));
        Assert.Equal("004_7bfa03b7e0560204.txt", s_model.Sources[1].FileName);
    }

    private static TextPosition PositionIn(string text, int offset)
    {
        string before = text.Substring(0, offset);
        return new TextPosition(offset, before.Count(c => c == '\n') + 1, offset - before.LastIndexOf('\n'));
    }
}
