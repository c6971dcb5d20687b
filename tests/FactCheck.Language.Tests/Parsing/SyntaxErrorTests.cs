using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Parsing;

/// <summary>Every FC0001 case, at its exact line and column, and the recovery that keeps the rest of the file.</summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void An_unterminated_string_is_reported_at_its_opening_quote()
    {
        const string text = """
            claim: 'ok' source: 000 status: true
              note: 'never closed
              tags: a
            """;

        ParseResult result = Checks.ParseWithError(text, "FC0001 2:9", "never closed");

        Assert.Empty(result.Syntax.Entries);
    }

    [Theory]
    [InlineData("claim: \"abc", "FC0001 1:8")]
    [InlineData("claim: 'abc\\", "FC0001 1:8")]
    [InlineData("claim: 'x' source: 000 status: true\n  evidence: 000 'to prevent", "FC0001 2:17")]
    public void A_string_cut_off_by_the_end_of_the_file_is_reported_at_its_opening_quote(string text, string expected)
    {
        Checks.ParseWithError(text, expected, "never closed");
    }

    [Fact]
    public void An_unknown_escape_is_reported_at_its_backslash()
    {
        ParseResult result = Checks.ParseWithError("claim: 'a \\q b' source: 000 status: true", "FC0001 1:11", "Unknown escape '\\q'");

        Assert.Empty(result.Syntax.Entries);
    }

    [Theory]
    [InlineData("document: 000 title: 'a \\\nb'", "FC0001 1:25", "A backslash at the end of a line is not an escape")]
    [InlineData("document: 000 title: 'a \\\r\nb'", "FC0001 1:25", "A backslash at the end of a line is not an escape")]
    [InlineData("document: 000 title: 'a \\\tb'", "FC0001 1:25", "a backslash before U+0009")]
    public void An_escaped_line_break_or_control_character_is_named_without_breaking_the_message(string text, string expected, string says)
    {
        ParseResult result = Checks.ParseWithError(text, expected, says);

        Assert.DoesNotContain('\n', result.Diagnostics[0].Message);
        Assert.DoesNotContain('\r', result.Diagnostics[0].Message);
        Assert.DoesNotContain('\t', result.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("claim: 'x' source: 000 status: true\n  evidence: https://example.org/report", "FC0001 2:13")]
    [InlineData("document: 000 url: http://example.org", "FC0001 1:20")]
    public void A_link_written_without_quotes_is_reported_with_how_to_quote_it(string text, string expected)
    {
        Checks.ParseWithError(text, expected, "Write a link in quotes, as 'https://...'.");
    }

    [Fact]
    public void A_stray_string_over_several_lines_is_quoted_back_on_one_line()
    {
        ParseResult result = Checks.ParseWithError("document: 'line one\nline two'", "FC0001 1:11", "Unexpected string 'line one line two': expected a source id.");

        Assert.DoesNotContain('\n', result.Diagnostics[0].Message);
    }

    [Fact]
    public void An_unknown_escape_in_a_passage_after_a_source_id_is_reported_at_its_backslash_and_the_next_claim_parses()
    {
        const string text = """
            claim: 'x' source: 000 status: true
              evidence: 000 'bad \q escape'
            claim: 'y' source: 000 status: true
            """;

        ParseResult result = Checks.ParseWithError(text, "FC0001 2:22", "Unknown escape '\\q'");

        Assert.Equal("y", Assert.Single(result.Syntax.Entries).Head.Text);
    }

    [Fact]
    public void An_unterminated_string_after_a_word_value_says_it_is_never_closed()
    {
        Checks.ParseWithError("claim: 'x' source: 000 status: true\n  evidence: 000 'cut", "FC0001 2:17", "never closed");
    }

    [Fact]
    public void A_stray_character_is_reported_where_it_stands()
    {
        const string text = """
            claim: 'x' source: 000 status: true
              tags: a; b
            """;

        ParseResult result = Checks.ParseWithError(text, "FC0001 2:10", "Unexpected character ';'");

        Assert.Empty(result.Syntax.Entries);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_as_two_columns()
    {
        Checks.ParseWithError("document: 000 title: '\U0001F600' @", "FC0001 1:27", "'@'");
    }

    [Fact]
    public void A_field_before_any_entry_is_reported_at_its_name_and_the_entry_after_it_parses()
    {
        const string text = """
            # a header comment
            source: 000
            claim: 'x' source: 000 status: true
            """;

        ParseResult result = Checks.ParseWithError(text, "FC0001 2:1", "Unexpected field 'source:'", "an entry");

        Assert.Equal("x", Assert.Single(result.Syntax.Entries).Head.Text);
    }

    [Theory]
    [InlineData("claim:", "FC0001 1:7")]
    [InlineData("document:\n", "FC0001 2:1")]
    public void A_missing_head_at_the_end_of_the_file_is_reported_at_the_end(string text, string expected)
    {
        ParseResult result = Checks.ParseWithError(text, expected, "The file ends too early");

        Assert.Empty(result.Syntax.Entries);
    }

    [Theory]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status:")]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status:   # nothing follows")]
    public void A_field_without_a_value_at_the_end_of_the_file_is_reported_at_the_field(string text)
    {
        Assert.Empty(Checks.Parse(text).Diagnostics);
        Checks.SingleDiagnostic(text, "FC0013 1:45", "'status:' has no value: write a word after the colon, or remove the field.");
    }

    [Fact]
    public void A_space_before_the_colon_after_a_value_is_reported_at_the_colon()
    {
        const string text = """
            claim: 'x' source: 000
              status : true
            """;

        ParseResult result = Checks.ParseWithError(text, "FC0001 2:10", "no space");

        Assert.Empty(result.Syntax.Entries);
    }

    [Fact]
    public void A_space_before_the_colon_of_the_first_field_is_reported_at_the_name()
    {
        Checks.ParseWithError("claim: 'x' source : 000 status: true", "FC0001 1:12", "Unexpected word 'source'", "colon right after the name");
    }

    [Fact]
    public void A_claim_whose_head_is_a_word_is_reported_at_the_word()
    {
        ParseResult result = Checks.ParseWithError("claim: isis-defeated source: 000 status: true", "FC0001 1:8", "Unexpected word 'isis-defeated': expected the claim's text as a 'string'.");

        Assert.DoesNotContain("field", result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_document_whose_head_is_a_string_is_reported_at_its_quote()
    {
        Checks.ParseWithError("document: '004' title: 'x'", "FC0001 1:11", "Unexpected string '004': expected a source id.");
    }

    [Fact]
    public void A_claim_cut_short_is_reported_at_its_empty_field_and_does_not_hide_the_valid_claim_after_it()
    {
        const string text = """
            claim: 'cut short' source:
            claim: 'ISIS has been defeated' source: 000 status: contested
              evidence: 000 'to prevent a resurgence of the Islamic State jihadist group'
            """;

        ParseResult result = Checks.Parse(text);
        CheckCompilation compilation = Checks.Compile(text);

        Assert.Empty(result.Diagnostics);
        AssertHeads(result, "cut short", "ISIS has been defeated");
        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0007 1:1", "FC0013 1:20");
        Assert.Equal(["isis-has-been-defeated"], compilation.Set.Claims.Select(resolved => resolved.Claim.Id));
    }

    [Fact]
    public void A_document_cut_short_does_not_hide_the_entries_after_it()
    {
        const string text = """
            document:
            document: 004 author: 'Matthew Petti'
            claim: 'ok' source: 004 status: true
            """;

        ParseResult result = Checks.ParseWithErrors(text, "FC0001 2:1");

        AssertHeads(result, "004", "ok");
    }

    [Fact]
    public void Several_errors_in_one_file_are_each_reported_once_and_the_good_entries_survive()
    {
        const string text = """
            claim: 'a' source: 000 status: true
              tags: x; y
            claim: 'b' source: 000 status: true
              note: 'bad \q'
            claim: 'c' source: 000 status: true
            document: 'oops'
            claim: 'd' source: 000 status: true
            claim: 'e' source: 000 status: true
              note: 'never closed
            """;

        ParseResult result = Checks.ParseWithErrors(text, "FC0001 2:10", "FC0001 4:14", "FC0001 6:11", "FC0001 9:9");

        AssertHeads(result, "c", "d");
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(CheckSeverity.Error, diagnostic.Severity));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(Checks.FileName, diagnostic.FilePath));
    }

    [Fact]
    public void Errors_after_a_string_that_never_closes_but_holds_an_unknown_escape_keep_their_positions()
    {
        const string text = """
            claim: 'x' source: 000 status: true
            "open
              and \q
            claim: 'y' @
            """;

        Checks.ParseWithErrors(text, "FC0001 3:7", "FC0001 4:12");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Errors_after_other_line_endings_have_the_same_line_and_column(string lineBreak)
    {
        string text = "claim: 'x' source: 000\n  status: true\n  note: 'two\nlines' @\n".Replace("\n", lineBreak);

        Checks.ParseWithErrors(text, "FC0001 4:8");
    }

    [Fact]
    public void The_range_of_a_syntax_error_is_empty_at_the_offending_character()
    {
        const string text = "claim: 'x' source: 000 status: true ;";

        CheckDiagnostic diagnostic = Assert.Single(Checks.Parse(text).Diagnostics);

        Assert.Equal(text.IndexOf(';', System.StringComparison.Ordinal), diagnostic.Range.Start.Offset);
        Assert.Equal(0, diagnostic.Range.Length);
    }

    private static void AssertHeads(ParseResult result, params string[] heads) =>
        Assert.Equal(heads, result.Syntax.Entries.Select(entry => entry.Head.Text));
}
