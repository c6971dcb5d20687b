using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>One test per binding diagnostic: its id, line and column, and a message that says what to do.</summary>
public sealed class DiagnosticTests
{
    private const string SoldiersClaim = "claim: 'Some 5,200 US soldiers are deployed' source: 000 status: true";

    [Fact]
    public void FC0001_a_syntax_error_drops_its_entry_and_the_other_entries_of_the_file_are_still_bound()
    {
        CheckCompilation compilation = Checks.Compile($"{Checks.IsisClaim}\n  tags: isis; iraq\nclaim: 'ISIS has been beaten' source: 000 status: true\n{SoldiersClaim}");

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0001 2:13", "FC0004 3:8");
        Assert.Contains("Unexpected character ';'", compilation.Diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(["some-5-200-us-soldiers-are-deployed"], compilation.Set.Claims.Select(resolved => resolved.Claim.Id));
    }

    [Fact]
    public void FC0002_an_unknown_field_is_reported_at_its_name_with_the_nearest_field()
    {
        Checks.SingleDiagnostic(
            $"{Checks.IsisClaim}\n  staus: true", "FC0002 2:3",
            "A claim has no field 'staus:'. Did you mean 'status'?",
            "Its fields are source, status, id, by, quote, note, said, reviewed, reviewer, tags, evidence, supports, contradicts, correction.");
    }

    [Fact]
    public void FC0002_a_document_field_on_a_claim_says_it_belongs_to_the_other_kind_of_entry()
    {
        Checks.SingleDiagnostic($"{Checks.IsisClaim} title: 'x'", "FC0002 1:58", "'title:' belongs to the other kind of entry");
    }

    [Fact]
    public void FC0003_an_unknown_source_is_reported_at_its_id_with_a_suggestion_and_the_list_of_sources()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS has been defeated' source: 04 status: true", "FC0003 1:41",
            "No source document has the id '04'. Did you mean '004'?",
            "The sources are 000, 004.");
    }

    [Fact]
    public void FC0003_an_unknown_source_of_a_document_entry_is_reported_at_its_head()
    {
        Checks.SingleDiagnostic("document: 005 author: 'Nobody'", "FC0003 1:11", "The sources are 000, 004.");
    }

    [Fact]
    public void FC0004_claim_text_not_in_the_source_is_reported_at_the_text_and_names_the_closest_passage()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS has been beaten' source: 000 status: true", "FC0004 1:8",
            "The claim's text 'ISIS has been beaten' is not in source 000",
            "The closest passage, at line 15, column 116, reads 'ISIS has been defeated'.",
            "put the source's exact words in quote:");
    }

    [Fact]
    public void FC0004_a_quote_not_in_the_source_is_reported_at_the_quote()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS is beaten' source: 000 status: true\n  quote: 'ISIS has been beaten'", "FC0004 2:10",
            "The quote 'ISIS has been beaten' is not in source 000",
            "reads 'ISIS has been defeated'");
    }

    [Fact]
    public void FC0004_writes_invisible_characters_of_the_quote_as_escapes_and_a_line_break_as_one_space()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS has\r\nbeen be\u00ADaten' source: 000 status: true", "FC0004 1:8",
            "The claim's text 'ISIS has been be\\u00ADaten' is not in source 000");
    }

    [Fact]
    public void FC0005_an_unknown_verdict_is_reported_at_the_verdict_and_suggests_the_nearest()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS has been defeated' source: 000 status: ture", "FC0005 1:53",
            "'ture' is not a verdict. Did you mean 'true'?",
            "The verdicts are true, mostly-true, mixed, mostly-false, false, misleading, contested, unproven, opinion.");
    }

    [Fact]
    public void FC0006_a_claim_id_used_in_two_files_is_reported_at_the_second_with_the_first_place()
    {
        CheckCompilation compilation = Checks.Compile(
            new TextFile("a.check", Checks.IsisClaim),
            new TextFile("b.check", $"{SoldiersClaim}\n  id: isis-has-been-defeated"));

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0006 2:7");
        CheckDiagnostic diagnostic = compilation.Diagnostics[0];
        Assert.Equal("b.check", diagnostic.FilePath);
        Assert.Contains("The claim id 'isis-has-been-defeated' is already used at a.check(1,8): give this claim another id:.", diagnostic.Message);
        Assert.Equal("a.check", Assert.Single(compilation.Set.Claims).Claim.FilePath);
    }

    [Theory]
    [InlineData("claim: 'ISIS has been defeated' source: 000", "missing its status field")]
    [InlineData("claim: 'ISIS has been defeated' status: true", "missing its source field")]
    [InlineData("# no fields at all\n\n  claim: 'ISIS has been defeated'", "missing its source and status fields")]
    public void FC0007_a_missing_required_field_is_reported_at_the_claim_keyword(string text, string says)
    {
        CheckCompilation compilation = Checks.Compile(text);

        CheckDiagnostic diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("FC0007", diagnostic.Id);
        Assert.Equal(text.LastIndexOf("claim", System.StringComparison.Ordinal), diagnostic.Range.Start.Offset);
        Assert.Equal(text.Contains('#') ? "3:3" : "1:1", diagnostic.Range.At());
        Assert.Contains(says, diagnostic.Message);
        Assert.Contains("every claim needs source: <source-id> and status: <verdict>", diagnostic.Message);
    }

    [Fact]
    public void FC0008_a_single_valued_field_given_twice_is_reported_at_the_second()
    {
        Checks.SingleDiagnostic(
            $"{Checks.IsisClaim}\n  by: 'Duns Scotus'\n    by: 'Someone Else'", "FC0008 3:5",
            "'by:' is given twice in this claim (first at line 2, column 3): keep one.");
    }

    [Fact]
    public void FC0009_a_link_to_no_claim_is_reported_at_the_id_with_the_nearest_id()
    {
        CheckCompilation compilation = Checks.CompileWithSingleDiagnostic(
            $"{Checks.IsisClaim}\n{SoldiersClaim}\n  supports: isis-has-been-defeatd",
            "FC0009 3:13",
            "No claim has the id 'isis-has-been-defeatd'. Did you mean 'isis-has-been-defeated'?");

        Assert.Equal(["isis-has-been-defeated"], compilation.Set.Claims.Select(resolved => resolved.Claim.Id));
    }

    [Fact]
    public void FC0010_a_verdict_against_the_claim_without_evidence_is_a_warning_and_the_claim_is_still_generated()
    {
        CheckCompilation compilation = Checks.CompileWithSingleDiagnostic(
            "claim: 'ISIS has been defeated' source: 000 status: false",
            "FC0010 1:53",
            "A claim judged false should say why: add evidence:");

        Assert.Equal(CheckSeverity.Warning, compilation.Diagnostics[0].Severity);
        Assert.False(compilation.HasErrors);
        Assert.Equal(Verdicts.False.Keyword, Assert.Single(compilation.Set.Claims).Claim.Verdict);
        Assert.Single(compilation.ToModel(path => path).Claims);
    }

    [Fact]
    public void FC0011_an_evidence_passage_not_in_its_source_is_reported_at_the_passage_with_the_closest_one()
    {
        Checks.SingleDiagnostic(
            "claim: 'ISIS has been defeated' source: 000 status: false\n  evidence: 000 'to prevent a revival of the Islamic State jihadist group'",
            "FC0011 2:17",
            "The evidence passage 'to prevent a revival of the Islamic State jihadist group' is not in source 000",
            "reads 'to prevent a resurgence of the Islamic State jihadist group'",
            "Quote the source word for word.");
    }

    [Fact]
    public void FC0012_two_ids_that_become_one_csharp_name_are_reported_at_the_second_id()
    {
        CheckCompilation compilation = Checks.CompileWithSingleDiagnostic(
            $"{Checks.IsisClaim}\n  id: isis-defeated\n{SoldiersClaim}\n  id: isis.defeated",
            "FC0012 4:7",
            "The claim ids 'isis.defeated' and 'isis-defeated' (at test.check(2,7)) both become the C# name 'IsisDefeated'");

        Assert.Equal(["IsisDefeated"], compilation.Set.Claims.Select(resolved => resolved.MemberName));
    }

    [Theory]
    [InlineData("to-string", "ToString")]
    [InlineData("has-flag", "HasFlag")]
    [InlineData("claim-id", "ClaimId")]
    public void FC0012_an_id_that_becomes_a_reserved_name_is_reported_at_the_id(string id, string name)
    {
        Checks.SingleDiagnostic(
            $"{Checks.IsisClaim} id: {id}", "FC0012 1:62",
            $"becomes the C# name '{name}', which the generated code reserves: give the claim another id:");
    }

    [Fact]
    public void FC0012_two_source_files_whose_ids_become_one_csharp_name_are_reported_on_the_second_file()
    {
        CheckCompilation compilation = CheckCompilation.Compile(
            [],
            [new TextFile("sources/a-b_1.txt", "one"), new TextFile("sources/a.b_2.txt", "two")]);

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0012 1:1");
        Assert.Equal("sources/a.b_2.txt", compilation.Diagnostics[0].FilePath);
        Assert.Contains("rename the file 'a.b_2.txt'", compilation.Diagnostics[0].Message);
        Assert.Equal(["a-b"], compilation.Set.Sources.Select(source => source.Id));
    }

    [Theory]
    [InlineData("said: 2020-02-30", "2:9", "'said:' takes a date written YYYY-MM-DD that exists on the calendar")]
    [InlineData("reviewed: '2020-01-05'", "2:13", "'reviewed:' takes a date")]
    [InlineData("id: 'isis'", "2:7", "write it without quotes, as id: isis")]
    [InlineData("by: Duns", "2:7", "put the whole value in quotes, as by: '...'")]
    [InlineData("tags: isis iraq", "2:9", "'tags:' takes one or more words separated by commas, such as tags: iraq, iran.")]
    [InlineData("tags: isis,", "2:9", "'tags:' takes one or more words separated by commas")]
    [InlineData("evidence: 'not a link'", "2:13", "'evidence:' takes a passage, <source-id> '<words of the source>', or a link")]
    [InlineData("evidence: 'ftp://example.org/x'", "2:13", "or a link, '<https://...>'")]
    [InlineData("evidence: 000 'a' 'b'", "2:13", "'evidence:' takes a passage")]
    [InlineData("quote: '  '", "2:10", "'quote:' is empty (white space and invisible characters do not count): write its text between the quotes, or leave the field out.")]
    [InlineData("quote: '\u00AD\u200B'", "2:10", "'quote:' is empty")]
    [InlineData("by: '\u00AD'", "2:7", "'by:' is empty")]
    [InlineData("note: '\uFEFF '", "2:9", "'note:' is empty")]
    [InlineData("by: ''", "2:7", "'by:' is empty")]
    [InlineData("note: ' '", "2:9", "'note:' is empty")]
    [InlineData("reviewer: '\t\n'", "2:13", "'reviewer:' is empty")]
    [InlineData("evidence: 'https://example.org/a b'", "2:13", "holds a space at character 22: write a space as %20")]
    [InlineData("evidence: 'https://example.org/100%'", "2:13", "holds a '%' at character 24 that is not followed by two hexadecimal digits")]
    [InlineData("evidence: 'https://example.org/#top#x'", "2:13", "holds a second '#' at character 25")]
    [InlineData("evidence: '#top'", "2:13", "is not an absolute http or https address")]
    [InlineData("evidence: 'https://user:secret@example.org/'", "2:13", "holds a user name or password before the host: remove it, so no credential is published")]
    [InlineData("evidence: 'https://example.org/a<b'", "2:13", "holds '<' at character 22")]
    [InlineData("evidence: 'https://@example.org/'", "2:13", "holds a user name or password before the host")]
    [InlineData("evidence: 'https://example.org:99999/'", "2:13", "is not a valid URL: check the host name and the port")]
    [InlineData("id: ,", "2:7", "'id:' takes an id (one word), but found a comma.")]
    public void FC0013_a_malformed_value_is_reported_at_the_value_and_says_the_form_it_takes(string field, string at, string says)
    {
        Checks.SingleDiagnostic($"{Checks.IsisClaim}\n  {field}", $"FC0013 {at}", says);
    }

    [Theory]
    [InlineData("url: 'example.org/article'", "'url:' takes an absolute http or https address in quotes, such as url: 'https://example.org/article', but 'example.org/article' is not an absolute http or https address: write it whole, starting with https://.")]
    [InlineData("published: 2020-4-1", "'published:' takes a date written YYYY-MM-DD")]
    [InlineData("url: 'https://example.org/a b'", "holds a space")]
    [InlineData("url: 'https://user@example.org/'", "holds a user name or password")]
    [InlineData("title: ''", "'title:' is empty")]
    [InlineData("author: ' '", "'author:' is empty")]
    public void FC0013_a_malformed_document_value_is_reported_at_the_value(string field, string says)
    {
        Checks.SingleDiagnostic($"document: 000\n  {field}", $"FC0013 2:{field.IndexOf(' ', System.StringComparison.Ordinal) + 4}", says);
    }

    [Fact]
    public void FC0014_two_document_entries_for_one_source_are_reported_at_the_second_keyword()
    {
        Checks.SingleDiagnostic(
            "document: 000 author: 'Duns Scotus'\n\n  document: 000 title: 'Again'", "FC0014 3:3",
            "Source document '000' is already described at test.check(1,1): merge the two document: entries into one.");
    }

    [Fact]
    public void FC0014_two_source_files_with_one_id_are_reported_on_the_second_file_and_the_first_is_kept()
    {
        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "claim: 'first' source: 000 status: true")],
            [new TextFile("sources/000_b.txt", "the second"), new TextFile("sources/000_a.txt", "the first")]);

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0014 1:1");
        CheckDiagnostic diagnostic = compilation.Diagnostics[0];
        Assert.Equal("sources/000_b.txt", diagnostic.FilePath);
        Assert.Contains("Source documents '000_a.txt' and '000_b.txt' both have the id '000': rename one of them", diagnostic.Message);
        Assert.Equal("000_a.txt", Assert.Single(compilation.Set.Sources).FileName);
        Assert.Single(compilation.Set.Claims);
    }

    [Fact]
    public void FC0015_a_check_file_over_the_limit_is_not_read_and_reported_at_its_start()
    {
        string text = Checks.IsisClaim + "\n" + new string(' ', InputLimits.MaxCheckFileLength);

        CheckCompilation compilation = Checks.Compile(text);

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0015 1:1");
        Assert.Equal(
            $"This .check file has {text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, over the limit of 8,388,608 for one file, so it is not read: split it into several .check files.",
            compilation.Diagnostics[0].Message);
        Assert.Empty(compilation.Set.Claims);
    }

    [Fact]
    public void FC0015_a_check_file_at_the_limit_is_read()
    {
        string text = Checks.IsisClaim + "\n";

        CheckCompilation compilation = Checks.Compile(text + new string(' ', InputLimits.MaxCheckFileLength - text.Length));

        Assert.Empty(compilation.Diagnostics);
        Assert.Single(compilation.Set.Claims);
    }

    [Fact]
    public void FC0015_a_source_over_the_limit_is_not_read_and_reported_at_its_start_and_at_each_use()
    {
        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "document: big title: 'Big'\n\nclaim: 'xx' source: big status: true\n\nclaim: 'small' source: small status: true")],
            [new TextFile("sources/big_1.txt", new string('x', InputLimits.MaxSourceLength + 1)), new TextFile("sources/small_1.txt", "small")]);

        Assert.Equal(
            [$"sources/big_1.txt 1:1 FC0015", $"{Checks.FileName} 1:11 FC0015", $"{Checks.FileName} 3:21 FC0015"],
            compilation.Diagnostics.Select(diagnostic => $"{diagnostic.FilePath} {diagnostic.Range.Start.Line}:{diagnostic.Range.Start.Column} {diagnostic.Id}").Order(System.StringComparer.Ordinal));
        Assert.All(
            compilation.Diagnostics,
            diagnostic => Assert.Equal("Source document 'big_1.txt' has 4,194,305 characters, over the limit of 4,194,304 for a source, so it is not read: split it, or keep an excerpt with the passages you check.", diagnostic.Message));
        Assert.Equal("small", Assert.Single(compilation.Set.Claims).Claim.SourceId);
        Assert.Equal("small", Assert.Single(compilation.Set.Sources).Id);
    }

    [Theory]
    [InlineData("supports: isis-has-been-defeated", "2:13", "A claim cannot support itself")]
    [InlineData("contradicts: other, isis-has-been-defeated", "2:23", "A claim cannot contradict itself")]
    public void FC0016_a_claim_linking_to_itself_is_reported_at_the_link(string field, string at, string says)
    {
        CheckCompilation compilation = Checks.Compile($"{Checks.IsisClaim}\n  {field}\nclaim: 'Some 5,200 US soldiers' source: 000 status: true id: other");

        Checks.AssertDiagnostics(compilation.Diagnostics, $"FC0016 {at}");
        Assert.Contains(says, compilation.Diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(["other"], compilation.Set.Claims.Select(resolved => resolved.Claim.Id));
    }

    [Fact]
    public void FC0016_supporting_and_contradicting_one_claim_is_reported_at_the_later_link()
    {
        CheckCompilation compilation = Checks.Compile(
            $"{Checks.IsisClaim}\n  contradicts: other\n  supports: other\nclaim: 'Some 5,200 US soldiers' source: 000 status: true id: other");

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0016 3:13");
        Assert.Equal(
            "This claim both supports and contradicts 'other' (contradicts: at line 2, column 16): keep the link that holds, remove the other.",
            compilation.Diagnostics[0].Message);
    }

    [Fact]
    public void FC0017_a_repeated_tag_or_link_is_dropped_with_a_warning_at_the_repetition()
    {
        CheckCompilation compilation = Checks.Compile(
            $"{Checks.IsisClaim}\n  tags: iran, iraq, iran\n  supports: other\n  supports: other\nclaim: 'Some 5,200 US soldiers' source: 000 status: true id: other");

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0017 2:21", "FC0017 4:13");
        Assert.Equal("'iran' is already in tags: at line 2, column 9: this one is dropped; remove it.", compilation.Diagnostics[0].Message);
        Assert.All(compilation.Diagnostics, diagnostic => Assert.Equal(CheckSeverity.Warning, diagnostic.Severity));
        FactCheck.Language.Binding.BoundClaim claim = compilation.Set.Claims[0].Claim;
        Assert.Equal(["iran", "iraq"], claim.Fields.Words(FactCheck.Fields.ClaimFields.Tags));
        Assert.Equal(["other"], claim.Supports.Select(link => link.ClaimId));
    }

    [Fact]
    public void FC0017_the_same_evidence_twice_is_dropped_with_a_warning()
    {
        CheckCompilation compilation = Checks.Compile(
            $"{Checks.IsisClaim}\n  evidence: 000 'a top Iranian general'\n  evidence: 000 'A  TOP Iranian general'\n  evidence: 'https://Example.org/x'\n  evidence: 'https://example.org/x'");

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0017 3:13", "FC0017 5:13");
        Assert.Contains("already gives this passage of source 000 as evidence, at line 2, column 13:", compilation.Diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("already gives the link https://example.org/x", compilation.Diagnostics[1].Message, System.StringComparison.Ordinal);
        Assert.Equal(2, compilation.Set.Claims[0].Claim.Evidence.Count);
    }

    [Fact]
    public void A_link_is_kept_in_one_canonical_form()
    {
        CheckCompilation compilation = Checks.Compile($"{Checks.IsisClaim}\n  evidence: 'HTTPS://Example.ORG:443/a%2fb?q=1#Top'\ndocument: 000 url: 'http://example.org'");

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("https://example.org/a%2fb?q=1#Top", compilation.Set.Claims[0].Claim.Evidence[0].Url);
        Assert.Equal("http://example.org/", compilation.Set.Sources[0].Url);
    }

    [Fact]
    public void Every_catalogued_id_has_its_descriptor_and_only_FC0010_and_FC0017_are_warnings()
    {
        Assert.Equal(
            Enumerable.Range(1, 23).Select(number => $"FC{number:D4}").Concat(["FC0030", "FC0031"]),
            DiagnosticCatalog.All.Select(descriptor => descriptor.Id));
        Assert.Equal(["FC0010", "FC0017"], DiagnosticCatalog.All.Where(descriptor => descriptor.Severity == CheckSeverity.Warning).Select(descriptor => descriptor.Id));
    }
}
