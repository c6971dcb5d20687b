using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Formatting;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Formatting;

/// <summary>Each rule of the canonical layout, and comments and strings in each position they can take.</summary>
public sealed class CheckFormatterTests
{
    private static string Format(string text)
    {
        FormatResult result = CheckFormatter.Format(text);
        Assert.True(result.IsFormatted, string.Join("\n", result.Errors));
        return result.Text;
    }

    [Fact]
    public void The_head_stands_on_the_first_line_and_each_field_on_its_own_indented_line()
    {
        Assert.Equal(
            "claim: 'ISIS has been defeated'\n  source: 000\n  status: true\n",
            Format("claim:   'ISIS has been defeated'   source:000 status:\ttrue"));
    }

    [Fact]
    public void Fields_follow_the_field_table_and_a_repeated_field_keeps_its_written_order()
    {
        Assert.Equal(
            "claim: 'c'\n  source: 000\n  status: true\n  id: c1\n  evidence: 000 'b'\n  evidence: 000 'a'\n  supports: x\n",
            Format("claim: 'c' supports: x evidence: 000 'b' status: true id: c1 evidence: 000 'a' source: 000"));
    }

    [Fact]
    public void Corrections_come_last_in_their_written_order_and_a_long_one_moves_its_text_to_a_line_of_its_own()
    {
        string text = "'" + new string('w', CheckFormatter.MaxLineLength) + "'";
        Assert.Equal(
            $"claim: 'c'\n  source: 000\n  status: true\n  reviewed: 2026-11-21\n  contradicts: x\n  correction: 2026-11-25 'b'\n  correction: 2026-11-22\n    {text}\n",
            Format($"claim: 'c' correction: 2026-11-25 'b' status: true contradicts: x correction:   2026-11-22 {text} source: 000 reviewed: 2026-11-21"));
    }

    [Fact]
    public void Document_fields_follow_the_document_table()
    {
        Assert.Equal(
            "document: 000\n  title: 't'\n  author: 'a'\n  url: 'https://x.org'\n  published: 2020-01-01\n",
            Format("document: 000 published: 2020-01-01 url: 'https://x.org' author: 'a' title: 't'"));
    }

    [Fact]
    public void A_field_the_table_does_not_know_comes_last_in_its_written_order()
    {
        Assert.Equal(
            "claim: 'c'\n  source: 000\n  zeta: 1\n  alpha: 2\n",
            Format("claim: 'c' zeta: 1 source: 000 alpha: 2"));
    }

    [Fact]
    public void One_blank_line_separates_entries_and_the_file_ends_with_one_newline()
    {
        Assert.Equal(
            "document: 000\n  author: 'a'\n\nclaim: 'c'\n  source: 000\n",
            Format("\n\n\ndocument: 000 author: 'a'\n\n\n\nclaim: 'c' source: 000\n\n\n"));
    }

    [Fact]
    public void Word_lists_are_written_with_a_comma_and_a_space()
    {
        Assert.Equal("claim: 'c'\n  tags: a, b, c\n", Format("claim: 'c' tags: a ,b,\n   c"));
    }

    [Fact]
    public void A_field_without_a_value_is_kept_without_one()
    {
        Assert.Equal("claim: 'c'\n  source: 000\n  tags:\n", Format("claim: 'c' tags: source: 000"));
    }

    [Fact]
    public void Crlf_and_lone_cr_line_endings_become_newlines_and_trailing_spaces_go()
    {
        Assert.Equal(
            "# top\nclaim: 'c' # head\n  source: 000\n",
            Format("# top   \r\nclaim: 'c' # head  \r\n  source: 000  \r"));
    }

    [Fact]
    public void An_empty_file_stays_empty_and_a_file_of_comments_keeps_them()
    {
        Assert.Equal(string.Empty, Format(" \n\r\n"));
        Assert.Equal("# a\n\n# b\n", Format("\n# a\n\n\n# b"));
    }

    [Theory]
    [InlineData("'it\\'s'")]
    [InlineData("\"say \\\"no\\\"\"")]
    [InlineData("'a\\\\b\\n\\t'")]
    [InlineData("\"it's\"")]
    [InlineData("'Ünïcødé — ✓ 𝄞'")]
    [InlineData("'two\n    lines'")]
    [InlineData("'crlf\r\n  inside  \r\n'")]
    public void A_string_is_written_exactly_as_it_was(string written)
    {
        Assert.Equal($"claim: {written}\n  note: {written}\n", Format($"claim:{written} note:\n{written}"));
    }

    [Fact]
    public void A_field_line_over_the_limit_moves_its_strings_to_lines_of_their_own()
    {
        string passage = "'" + new string('p', CheckFormatter.MaxLineLength) + "'";
        Assert.Equal(
            $"claim: 'c'\n  note:\n    {passage} # why\n  evidence: 000\n    {passage}\n",
            Format($"claim: 'c' evidence: 000 {passage} note: {passage} # why"));
    }

    [Fact]
    public void A_field_line_at_the_limit_stays_on_one_line()
    {
        string note = "'" + new string('n', CheckFormatter.MaxLineLength - "  note: ''".Length) + "'";
        string expected = $"claim: 'c'\n  note: {note}\n";
        Assert.Equal(CheckFormatter.MaxLineLength, expected.Split('\n')[1].Length);
        Assert.Equal(expected, Format($"claim: 'c' note: {note}"));
    }

    [Fact]
    public void A_long_word_list_is_not_broken()
    {
        string tags = string.Join(", ", Enumerable.Range(0, 40).Select(i => "tag" + i));
        Assert.Equal($"claim: 'c'\n  tags: {tags}\n", Format($"claim: 'c' tags: {tags}"));
    }

    [Fact]
    public void Comments_before_entries_stay_before_them_with_their_blank_lines()
    {
        Assert.Equal(
            "# header\n\n# about c\nclaim: 'c'\n  source: 000\n\n# about d\n\ndocument: 000\n",
            Format("# header\n\n\n# about c\nclaim: 'c' source: 000\n# about d\n\ndocument: 000"));
    }

    [Fact]
    public void A_comment_before_a_field_moves_with_the_field()
    {
        Assert.Equal(
            "claim: 'c'\n  source: 000\n  # why true\n  status: true\n",
            Format("claim: 'c'\n# why true\n     status: true\n  source: 000"));
    }

    [Fact]
    public void A_comment_after_a_field_stays_at_the_end_of_its_line_when_the_field_moves()
    {
        Assert.Equal(
            "claim: 'c' # the claim\n  source: 000\n  status: true # checked\n",
            Format("claim: 'c' # the claim\n  status: true # checked\n  source: 000"));
    }

    [Fact]
    public void A_comment_after_several_fields_on_one_line_stays_with_the_last_of_them()
    {
        Assert.Equal(
            "claim: 'c'\n  source: 000\n  status: true # contested?\n",
            Format("claim: 'c' source: 000 status: true # contested?"));
    }

    [Fact]
    public void A_comment_inside_a_field_moves_before_it()
    {
        Assert.Equal(
            "claim: 'c'\n  # first\n  # second\n  tags: a, b, c # last\n",
            Format("claim: 'c' tags: # first\n  a, # second\n  b, c # last"));
    }

    [Fact]
    public void A_comment_inside_a_head_moves_before_the_entry()
    {
        Assert.Equal(
            "# before\n# inside\nclaim: 'c'\n  source: 000\n",
            Format("# before\n\nclaim: # inside\n 'c' source: 000"));
    }

    [Fact]
    public void Comments_after_the_last_entry_stay_at_the_end()
    {
        Assert.Equal(
            "claim: 'c'\n  source: 000\n# end\n\n# really\n",
            Format("claim: 'c' source: 000\n# end\n\n\n# really\n"));
    }

    [Fact]
    public void A_hash_inside_a_string_is_not_a_comment()
    {
        Assert.Equal("claim: 'c # not a comment'\n  source: 000\n", Format("claim: 'c # not a comment' source: 000"));
    }

    [Fact]
    public void A_file_with_a_syntax_error_is_left_as_it_is_and_says_why()
    {
        const string Broken = "claim: 'c' source: 000 status: 'unclosed\n";
        FormatResult result = CheckFormatter.Format("broken.check", Broken);

        Assert.False(result.IsFormatted);
        Assert.False(result.Changed);
        Assert.Equal(Broken, result.Text);
        CheckDiagnosticAssert(result);
    }

    [Fact]
    public void A_formatted_text_is_unchanged()
    {
        const string Formatted = "# c\nclaim: 'c' # h\n  source: 000\n  status: true\n";
        FormatResult result = CheckFormatter.Format(Formatted);

        Assert.True(result.IsFormatted);
        Assert.False(result.Changed);
        Assert.Equal(Formatted, result.Text);
    }

    [Fact]
    public void The_readme_example_formats_into_its_after()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        int section = readme.IndexOf("\n### Formatting\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "The README has no 'Formatting' section.");
        string[] blocks = CheckBlocks(readme, section).Take(2).ToArray();

        Assert.Equal(2, blocks.Length);
        Assert.NotEqual(blocks[0], blocks[1]);
        Assert.Equal(blocks[1], Format(blocks[0]));
    }

    /// <summary>The text of each <c>```check</c> block after <paramref name="start"/>.</summary>
    private static IEnumerable<string> CheckBlocks(string readme, int start)
    {
        const string Fence = "```check\n";
        for (int open = readme.IndexOf(Fence, start, StringComparison.Ordinal); open >= 0; open = readme.IndexOf(Fence, open + 1, StringComparison.Ordinal))
        {
            int body = open + Fence.Length;
            yield return readme[body..(readme.IndexOf("```", body, StringComparison.Ordinal))];
        }
    }

    private static void CheckDiagnosticAssert(FormatResult result)
    {
        CheckDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCatalog.SyntaxError.Id, error.Id);
        Assert.Equal("broken.check", error.FilePath);
        Assert.Equal((1, 32), (error.Range.Start.Line, error.Range.Start.Column));
    }
}
