using System;
using System.Linq;
using FactCheck.Language.Binding;
using FactCheck.Language.Matching;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>Quotes are found after normalising both sides, and the match keeps its place in the original text.</summary>
public sealed class QuoteMatchTests
{
    private static readonly string s_seed004 = Assert.Single(Repository.SeedFiles, file => file.Path.EndsWith("004_7bfa03b7e0560204.txt", StringComparison.Ordinal)).Text;

    [Theory]
    [InlineData("promised to \"restore deterrence\" against Iran")]
    [InlineData("already strained U.S.-Iraqi tensions")]
    [InlineData("no end in sight.\n\nIn March")]
    public void A_quote_written_as_the_source_has_it_matches_at_the_raw_offset_line_column_and_length(string passage)
    {
        PassageMatch match = MatchIn004(passage);

        AssertMatches(passage, match);
    }

    [Theory]
    [InlineData("promised to \u201Crestore deterrence\u201D against Iran", "promised to \"restore deterrence\" against Iran")]
    [InlineData("already strained U.S.\u2014Iraqi tensions", "already strained U.S.-Iraqi tensions")]
    [InlineData("already strained U.S.\u2013Iraqi tensions", "already strained U.S.-Iraqi tensions")]
    [InlineData("PROMISED TO \"Restore Deterrence\" AGAINST iran", "promised to \"restore deterrence\" against Iran")]
    [InlineData("  promised   to\n\t\"restore deterrence\"  against\r\n Iran ", "promised to \"restore deterrence\" against Iran")]
    [InlineData("NO END in sight.   in  march", "no end in sight.\n\nIn March")]
    [InlineData("called KATA\u2019IB Hezbollah appeared", "called Kata'ib Hezbollah appeared")]
    public void A_quote_with_curly_quotes_dashes_other_case_or_other_spacing_matches_the_source_passage(string quote, string passage)
    {
        PassageMatch match = MatchIn004(quote);

        AssertMatches(passage, match);
    }

    [Fact]
    public void A_claim_with_a_quote_records_where_the_quote_stands_and_its_evidence_where_each_passage_stands()
    {
        const string text = """
            claim: 'The Trump administration promised deterrence' source: 004 status: mostly-true
              quote: 'promised to “restore deterrence” against Iran'
              evidence: 004 'strained U.S.—Iraqi   TENSIONS'
            """;

        CheckCompilation compilation = Checks.Compile(text);

        Assert.Empty(compilation.Diagnostics);
        BoundClaim claim = Assert.Single(compilation.Set.Claims).Claim;
        Assert.Equal("promised to “restore deterrence” against Iran", claim.Quote);
        AssertMatches("promised to \"restore deterrence\" against Iran", claim.Match);
        BoundEvidence evidence = Assert.Single(claim.Evidence);
        Assert.False(evidence.IsLink);
        Assert.Equal("004", evidence.SourceId);
        AssertMatches("strained U.S.-Iraqi tensions", evidence.Match!);
    }

    [Fact]
    public void A_match_maps_back_over_a_ligature_and_combining_marks()
    {
        const string text = "the \uFB01nal word, e\u0301te\u0301";
        var index = new SourceIndex(text);

        Assert.Equal(new PassageMatch(4, 1, 5, 4), index.Find("final"));
        Assert.Equal(new PassageMatch(15, 1, 16, 5), index.Find("\u00E9t\u00E9"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_match_in_a_source_with_any_line_ending_has_the_line_and_column_an_editor_shows(string lineBreak)
    {
        string text = $"first line{lineBreak}second{lineBreak}  third line";
        var index = new SourceIndex(text);

        PassageMatch match = index.Find("second third")!;

        Assert.Equal(text.IndexOf("second", StringComparison.Ordinal), match.Offset);
        Assert.Equal((2, 1), (match.Line, match.Column));
        Assert.Equal($"second{lineBreak}  third", text.Substring(match.Offset, match.Length));
        Assert.Equal((3, 3), (index.Find("third")!.Line, index.Find("third")!.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("restore deterrence against Iraq")]
    public void An_empty_quote_or_one_not_in_the_source_has_no_match(string quote)
    {
        Assert.Null(new SourceIndex(s_seed004).Find(quote));
    }

    [Theory]
    [InlineData("\u0D4D\u1D19 x", "Header\n\u0D4D\u1D19 x\n", 7)]
    [InlineData("  \u1067", "Header\n  \u1067\n", 9)]
    [InlineData("a \u0301b", "a \u0301b", 0)]
    public void A_combining_mark_after_white_space_is_kept_so_a_quote_starting_with_one_matches(string quote, string source, int offset)
    {
        Assert.Equal(offset, new SourceIndex(source).Find(quote)?.Offset);
    }

    [Fact]
    public void A_combining_mark_after_white_space_is_not_dropped()
    {
        Assert.Null(new SourceIndex("a b").Find("a \u0301b"));
    }

    [Fact]
    public void Text_that_string_normalize_rejects_is_matched_as_it_is()
    {
        Assert.Equal(7, new SourceIndex("Header\ncaf\u00E9\uFFFE x\n").Find("caf\u00E9\uFFFE x")?.Offset);
    }

    [Fact]
    public void A_lone_surrogate_is_matched_as_it_is_and_never_as_half_of_a_pair()
    {
        // Built here, not in InlineData: a theory's data is serialised, and a lone surrogate comes back as U+FFFD.
        const char High = '\uD800';
        const char Low = '\uDC00';
        string source = "Header\na" + High + "b " + High + Low + " c" + Low + "\n";
        var index = new SourceIndex(source);

        Assert.Equal(new PassageMatch(7, 2, 1, 3), index.Find("a" + High + "b"));
        Assert.Equal(source.LastIndexOf(Low), index.Find(Low.ToString())?.Offset);
    }

    private static PassageMatch MatchIn004(string quote)
    {
        var index = new SourceIndex(s_seed004);
        PassageMatch? match = index.Find(quote);
        Assert.NotNull(match);
        return match;
    }

    /// <summary>Asserts the match is the passage as the raw text of 004 writes it: offset, line and column by counting, and length.</summary>
    private static void AssertMatches(string passage, PassageMatch match)
    {
        int offset = s_seed004.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"The test's passage is not in 004: {passage}");
        string before = s_seed004.Substring(0, offset);
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        Assert.Equal(new PassageMatch(offset, line, column, passage.Length), match);
        Assert.Equal(NormalizedText.OfQuote(passage), NormalizedText.OfQuote(s_seed004.Substring(match.Offset, match.Length)));
    }
}
