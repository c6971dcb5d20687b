using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;
using FactCheck.Language.Tests.Support;
using Sprache;

namespace FactCheck.Language.Tests.Parsing;

/// <summary>Where the parse stops, its failure lists every alternative that could have come there.</summary>
public sealed class AlternativesTests
{
    private const string Value = "a value (a 'string', a word or a list of words)";
    private const string Field = "a field (name: value)";
    private const string Entry = "an entry (claim: '...' or document: <source-id>)";
    private const string End = "the end of the file";

    [Fact]
    public void A_word_xor_a_string_on_a_comma_expects_both()
    {
        Parser<ValueToken> wordOrString = TokenParsers.Word("a word").XOr(TokenParsers.String("a string"));
        CheckInput input = CheckInput.Start(",");

        IResult<ValueToken> result = wordOrString(input);

        Assert.False(result.WasSuccessful);
        Assert.Equal(0, result.Remainder.Position);
        Assert.Equal(["a word", "a string"], result.Expectations);
    }

    [Fact]
    public void Each_failed_alternative_keeps_its_own_expectations_after_the_other_runs()
    {
        Parser<ValueToken> word = TokenParsers.Word("a word");
        Parser<ValueToken> text = TokenParsers.String("a string");
        CheckInput input = CheckInput.Start(",");

        IResult<ValueToken> wordFailed = word(input);
        IResult<ValueToken> stringFailed = text(input);

        Assert.Equal(["a word"], wordFailed.Expectations);
        Assert.Equal(["a string"], stringFailed.Expectations);
    }

    [Fact]
    public void After_a_value_a_stray_character_expects_another_value_a_field_an_entry_or_the_end()
    {
        Checks.ParseWithError(
            "claim: 'x' source: 000 status: true ;",
            "FC0001 1:37",
            $"Unexpected character ';': expected {Value}, {Field}, {Entry} or {End}.");
    }

    [Fact]
    public void A_list_written_with_semicolons_is_told_a_value_could_come_there()
    {
        Checks.ParseWithError("document: 000 title: 'x'\n  tags: a; b", "FC0001 2:10", $"expected {Value}, {Field}, {Entry} or {End}.");
    }

    [Fact]
    public void After_a_claims_text_a_stray_string_expects_a_field_an_entry_or_the_end_but_no_value()
    {
        Checks.ParseWithError("claim: 'x' 'y'", "FC0001 1:12", $"Unexpected string 'y': expected {Field}, {Entry} or {End}.");
    }

    [Fact]
    public void After_a_documents_id_a_stray_character_expects_a_field_an_entry_or_the_end()
    {
        Checks.ParseWithError("document: 000 @", "FC0001 1:15", $"Unexpected character '@': expected {Field}, {Entry} or {End}.");
    }

    [Fact]
    public void Before_the_first_entry_a_field_expects_an_entry_or_the_end()
    {
        Checks.ParseWithError("source: 000", "FC0001 1:1", $"Unexpected field 'source:' here: expected {Entry} or {End}.");
    }

    [Fact]
    public void After_a_field_name_only_a_value_may_come()
    {
        Checks.ParseWithError("claim: 'x' source: ;", "FC0001 1:20", $"Unexpected character ';': expected {Value}.");
    }

    [Fact]
    public void After_an_entry_keyword_only_its_head_may_come()
    {
        Checks.ParseWithError("claim: ;", "FC0001 1:8", "Unexpected character ';': expected the claim's text as a 'string'.");
        Checks.ParseWithError("document: ;", "FC0001 1:11", "Unexpected character ';': expected a source id.");
    }
}
