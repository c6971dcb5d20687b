using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Matching;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>A diagnostic's suggestion comes as a fix, the same the message names: editors apply it as a quick fix.</summary>
public sealed class DiagnosticFixTests
{
    [Theory]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status: ture", "FC0005", "true")]
    [InlineData("claim: 'ISIS has been defeated' source: 04 status: true", "FC0003", "004")]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status: true\n  staus: true", "FC0002", "status")]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status: true\n  supports: isis-has-been-defeatd", "FC0009", "isis-has-been-defeated")]
    [InlineData("claim: 'ISIS has been defeated' source: 000 status: true\n  by: persn 'Someone'", "FC0013", "person")]
    public void A_did_you_mean_comes_with_the_fix_that_puts_the_name_in_place_of_the_misspelt_one(string text, string id, string closest)
    {
        CheckDiagnostic diagnostic = Checks.Compile(text).Diagnostics.Single(d => d.Id == id);
        CheckFix fix = Assert.Single(diagnostic.Fixes);

        Assert.Equal(diagnostic.Range, fix.Range);
        Assert.Equal(closest, fix.NewText);
        Assert.Contains($"Did you mean '{closest}'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_not_found_comes_with_the_closest_passage_whole_and_quoted()
    {
        CheckDiagnostic diagnostic = Checks.Compile("claim: 'ISIS has been beaten' source: 000 status: true").Diagnostics.Single();
        CheckFix fix = Assert.Single(diagnostic.Fixes);

        Assert.Equal(diagnostic.Range, fix.Range);
        Assert.Equal("'ISIS has been defeated'", fix.NewText);
    }

    [Fact]
    public void A_claim_missing_its_source_and_status_gets_them_written_after_its_text()
    {
        CheckDiagnostic diagnostic = Checks.Compile("claim: 'ISIS has been defeated'\n").Diagnostics.Single(d => d.Id == "FC0007");
        CheckFix fix = Assert.Single(diagnostic.Fixes);

        Assert.Equal(31, fix.Range.Start.Offset);
        Assert.Equal(0, fix.Range.Length);
        Assert.Equal(" source: 000 status: unproven", fix.NewText);
    }

    [Fact]
    public void A_diagnostic_without_a_suggestion_has_no_fix()
    {
        CheckDiagnostic diagnostic = Checks.Compile("claim: 'ISIS has been defeated' source: 000 status: xyzzy-nothing-like").Diagnostics.Single();

        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Continuations_are_the_passages_that_go_on_from_the_typed_words_to_the_end_of_their_sentence()
    {
        var index = new SourceIndex("Iran can strike back. Iran can wait.\nIRAN  can’t.");

        Assert.Equal(["Iran can wait."], index.Continuations("iran CAN w", 10).Select(found => found.Passage));
        Assert.Equal(["Iran can strike back.", "Iran can wait.", "IRAN  can’t."], index.Continuations("Iran ca", 10).Select(found => found.Passage));
        Assert.Equal(["IRAN  can’t."], index.Continuations("iran can't", 10).Select(found => found.Passage));
        Assert.Equal(["Iran can strike back."], index.Continuations(string.Empty, 1).Select(found => found.Passage));
        Assert.Empty(index.Continuations("ran can", 10));
    }
}
