using System.Linq;
using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Parsing;

/// <summary>Every form of the language parses into the tree the binder expects, with exact ranges.</summary>
public sealed class ParserFormTests
{
    private const string SpecExample = """
        # comment to end of line (outside strings)
        document: 004 title: 'Soleimani killing did not restore deterrence' author: 'Matthew Petti' published: 2020-04-01

        claim: 'ISIS has been defeated' source: 000 status: contested
          id: isis-defeated
          by: 'Duns Scotus'
          evidence: 000 'to prevent a resurgence of the Islamic State jihadist group'
          evidence: 'https://example.org/some-report'
          note: 'The same article says US troops stay to prevent a resurgence.'
          tags: isis, iraq
          said: 2020-01-05   reviewed: 2026-11-21   reviewer: 'A. Analyst'
          contradicts: other-claim-id   supports: another-claim-id
        """;

    [Fact]
    public void The_mission_one_liner_is_a_complete_claim()
    {
        ParseResult result = Checks.ParseWithErrors("claim: 'ISIS has been defeated' source: 000 status: contested");

        var claim = Assert.IsType<ClaimEntrySyntax>(Assert.Single(result.Syntax.Entries));
        Assert.Equal("1:1-1:6", claim.KeywordRange.Span());
        Assert.Equal(TokenKind.QuotedString, claim.Head.Kind);
        Assert.Equal("ISIS has been defeated", claim.Head.Text);
        Assert.Equal("1:8-1:32", claim.Head.Range.Span());
        Assert.Equal(["source", "status"], claim.FieldNames());
        Assert.Equal("1:33-1:39", claim.Field("source").NameRange.Span());
        Assert.Equal("000", claim.Value("source").Text);
        Assert.Equal("1:41-1:44", claim.Value("source").Range.Span());
        Assert.Equal("1:45", claim.Field("status").NameRange.At());
        Assert.Equal("contested", claim.Value("status").Text);
        Assert.Equal("1:53-1:62", claim.Value("status").Range.Span());
    }

    [Fact]
    public void The_example_of_the_issue_parses_into_a_document_and_a_claim_with_every_field_in_order()
    {
        ParseResult result = Checks.ParseWithErrors(SpecExample);

        Assert.Equal(2, result.Syntax.Entries.Count);
        var document = Assert.IsType<DocumentEntrySyntax>(result.Syntax.Entries[0]);
        Assert.Equal(TokenKind.Word, document.Head.Kind);
        Assert.Equal("004", document.Head.Text);
        Assert.Equal("2:11", document.Head.Range.At());
        Assert.Equal(["title", "author", "published"], document.FieldNames());
        Assert.Equal("Matthew Petti", document.Value("author").Text);
        Assert.Equal("2020-04-01", document.Value("published").Text);

        var claim = Assert.IsType<ClaimEntrySyntax>(result.Syntax.Entries[1]);
        Assert.Equal("4:1", claim.KeywordRange.At());
        Assert.Equal(
            ["source", "status", "id", "by", "evidence", "evidence", "note", "tags", "said", "reviewed", "reviewer", "contradicts", "supports"],
            claim.FieldNames());
        Assert.Equal("5:3-5:5", claim.Field("id").NameRange.Span());
        Assert.Equal("5:7-5:20", claim.Value("id").Range.Span());
        Assert.Equal("11:3", claim.Field("said").NameRange.At());
        Assert.Equal("11:9-11:19", claim.Value("said").Range.Span());
        Assert.Equal("11:22", claim.Field("reviewed").NameRange.At());
        Assert.Equal("11:32", claim.Value("reviewed").Range.At());
        Assert.Equal("11:45", claim.Field("reviewer").NameRange.At());
        Assert.Equal("11:55-11:67", claim.Value("reviewer").Range.Span());
        Assert.Equal("A. Analyst", claim.Value("reviewer").Text);
        Assert.Equal("12:16", claim.Value("contradicts").Range.At());
        Assert.Equal("12:43", claim.Value("supports").Range.At());
    }

    [Fact]
    public void Fields_may_stand_on_one_line_or_one_per_line_with_any_white_space()
    {
        ParseResult oneLine = Checks.ParseWithErrors("claim: 'x' source: 000 status: true id: one by: 'A'");
        ParseResult spread = Checks.ParseWithErrors("claim:\n\t'x'\n\n   source:\t000\nstatus:\n  true\n        id:   one\r\n by: 'A'   ");

        foreach (ParseResult result in new[] { oneLine, spread })
        {
            EntrySyntax claim = Assert.Single(result.Syntax.Entries);
            Assert.Equal(["source", "status", "id", "by"], claim.FieldNames());
            Assert.Equal(["000", "true", "one", "A"], claim.Fields.Select(field => Assert.Single(field.Values).Text));
        }

        EntrySyntax spreadClaim = spread.Syntax.Entries[0];
        Assert.Equal("2:2", spreadClaim.Head.Range.At());
        Assert.Equal("4:4", spreadClaim.Field("source").NameRange.At());
        Assert.Equal("4:12", spreadClaim.Value("source").Range.At());
        Assert.Equal("6:3", spreadClaim.Value("status").Range.At());
        Assert.Equal("7:15", spreadClaim.Value("id").Range.At());
        Assert.Equal("8:2", spreadClaim.Field("by").NameRange.At());
    }

    [Theory]
    [InlineData("'single \"quoted\"'", "single \"quoted\"")]
    [InlineData("\"double 'quoted'\"", "double 'quoted'")]
    [InlineData("''", "")]
    [InlineData("\"\"", "")]
    public void Strings_take_either_quote_and_hold_the_other_unescaped(string written, string value)
    {
        ValueToken token = TitleOf(written);

        Assert.Equal(TokenKind.QuotedString, token.Kind);
        Assert.Equal(value, token.Text);
        Assert.Equal(written.Length, token.Range.Length);
    }

    [Theory]
    [InlineData(@"'\' \"" \\ \n \t'")]
    [InlineData(@"""\' \"" \\ \n \t""")]
    public void Every_escape_is_decoded_in_both_quote_styles(string written)
    {
        ValueToken token = TitleOf(written);

        Assert.Equal("' \" \\ \n \t", token.Text);
        Assert.Equal("1:22-1:38", token.Range.Span());
    }

    [Fact]
    public void A_string_may_span_lines_and_keeps_its_line_breaks()
    {
        ValueToken token = TitleOf("'first line\n   second line'");

        Assert.Equal("first line\n   second line", token.Text);
        Assert.Equal("1:22-2:16", token.Range.Span());
    }

    [Fact]
    public void Comments_run_to_the_end_of_the_line_but_not_inside_strings()
    {
        const string text = """
            # a comment before any entry
            claim: 'a # is not a comment here' # but here it is
              # a comment line between fields
              source: 000 # after a value
              tags: one, # between list items
                two
              note: "# neither is this"
              status: true
            # a comment at the end, with claim: 'inside'
            """;

        EntrySyntax claim = Assert.Single(Checks.ParseWithErrors(text).Syntax.Entries);

        Assert.Equal("a # is not a comment here", claim.Head.Text);
        Assert.Equal(["source", "tags", "note", "status"], claim.FieldNames());
        Assert.Equal(["one", ",", "two"], claim.Field("tags").Values.Select(value => value.Text));
        Assert.Equal("# neither is this", claim.Value("note").Text);
        Assert.Equal("8:11", claim.Value("status").Range.At());
    }

    [Fact]
    public void Tags_are_words_separated_by_commas_with_or_without_spaces()
    {
        EntrySyntax claim = Assert.Single(Checks.ParseWithErrors("claim: 'x' tags: isis, iraq,us-troops ,v2.0_beta").Syntax.Entries);

        FieldSyntax tags = claim.Field("tags");
        Assert.Equal(["isis", ",", "iraq", ",", "us-troops", ",", "v2.0_beta"], tags.Values.Select(value => value.Text));
        Assert.Equal(
            [TokenKind.Word, TokenKind.Comma, TokenKind.Word, TokenKind.Comma, TokenKind.Word, TokenKind.Comma, TokenKind.Word],
            tags.Values.Select(value => value.Kind));
        Assert.Equal("1:18-1:49", tags.ValueRange.Span());
        Assert.Equal("1:22", tags.Values[1].Range.At());
        Assert.Equal("1:39", tags.Values[5].Range.At());
    }

    [Fact]
    public void Evidence_is_a_source_id_and_a_passage_or_a_lone_link()
    {
        EntrySyntax claim = Checks.ParseWithErrors(SpecExample).Syntax.Entries[1];

        FieldSyntax[] evidence = claim.Fields.Where(field => field.Name == "evidence").ToArray();
        Assert.Equal(2, evidence.Length);
        Assert.Equal([TokenKind.Word, TokenKind.QuotedString], evidence[0].Values.Select(value => value.Kind));
        Assert.Equal(["000", "to prevent a resurgence of the Islamic State jihadist group"], evidence[0].Values.Select(value => value.Text));
        Assert.Equal("7:13", evidence[0].Values[0].Range.At());
        Assert.Equal("7:17", evidence[0].Values[1].Range.At());
        ValueToken link = Assert.Single(evidence[1].Values);
        Assert.Equal(TokenKind.QuotedString, link.Kind);
        Assert.Equal("https://example.org/some-report", link.Text);
        Assert.Equal("8:13", link.Range.At());
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Other_line_endings_give_the_same_lines_and_columns_and_the_raw_offsets(string lineBreak)
    {
        string unix = "document: 000\n  title: 'a\nb'\n  author: 'c'\n";
        string text = unix.Replace("\n", lineBreak);

        EntrySyntax expected = Assert.Single(Checks.ParseWithErrors(unix).Syntax.Entries);
        EntrySyntax document = Assert.Single(Checks.ParseWithErrors(text).Syntax.Entries);

        Assert.Equal("2:10-3:3", document.Value("title").Range.Span());
        Assert.Equal(expected.Value("title").Range.Span(), document.Value("title").Range.Span());
        Assert.Equal("4:3", document.Field("author").NameRange.At());
        Assert.Equal("4:11-4:14", document.Value("author").Range.Span());
        Assert.Equal($"a{lineBreak}b", document.Value("title").Text);
        Assert.Equal(text.IndexOf("'a", System.StringComparison.Ordinal), document.Value("title").Range.Start.Offset);
        Assert.Equal(text.IndexOf("'c'", System.StringComparison.Ordinal), document.Value("author").Range.Start.Offset);
    }

    [Fact]
    public void Words_take_dots_underscores_hyphens_and_digits()
    {
        EntrySyntax claim = Assert.Single(Checks.ParseWithErrors("claim: 'x' id: a.b_c-9 said: 2020-01-05 source: 0x").Syntax.Entries);

        Assert.Equal("a.b_c-9", claim.Value("id").Text);
        Assert.Equal(TokenKind.Word, claim.Value("said").Kind);
        Assert.Equal("2020-01-05", claim.Value("said").Text);
        Assert.Equal("0x", claim.Value("source").Text);
    }

    [Fact]
    public void An_empty_file_or_one_of_comments_has_no_entries_and_no_errors()
    {
        Assert.Empty(Checks.ParseWithErrors(string.Empty).Syntax.Entries);
        Assert.Empty(Checks.ParseWithErrors("  # only a comment\r\n\n\t# and another").Syntax.Entries);
    }

    private static ValueToken TitleOf(string written) =>
        Assert.Single(Checks.ParseWithErrors($"document: 000 title: {written}").Syntax.Entries).Value("title");
}
