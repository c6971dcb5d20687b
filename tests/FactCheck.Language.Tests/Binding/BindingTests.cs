using System.Linq;
using FactCheck.Language.Binding;
using FactCheck.Language.Naming;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>What binding makes of entries that are right: ids, names, authors, and which claims make it into the set.</summary>
public sealed class BindingTests
{
    [Fact]
    public void Claims_with_errors_are_left_out_of_the_set_and_the_others_kept_in_file_order()
    {
        const string text = """
            claim: 'ISIS has been defeated' source: 000 status: true
            claim: 'ISIS has been beaten' source: 000 status: true
            claim: 'Some 5,200 US soldiers' source: 000 status: ture
            claim: 'Push for parliament' source: 000
            claim: 'invited by the Iraqi government' source: 000 status: true said: 2020-13-01
            claim: 'to prevent a resurgence' source: 000 status: true reviewer: 'A' reviewer: 'B'
            claim: 'Some 5,200 US soldiers are deployed' source: 000 status: false
            """;

        CheckCompilation compilation = Checks.Compile(text);

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0004 2:8", "FC0005 3:53", "FC0007 4:1", "FC0013 5:73", "FC0008 6:73", "FC0010 7:66");
        Assert.Equal(
            ["isis-has-been-defeated", "some-5-200-us-soldiers-are-deployed"],
            compilation.Set.Claims.Select(resolved => resolved.Claim.Id));
    }

    [Fact]
    public void A_claim_without_an_id_gets_the_slug_of_its_text_placed_at_the_text()
    {
        BoundClaim claim = Assert.Single(Checks.Compile("claim: 'ISIS has been defeated' source: 000 status: true").Set.Claims).Claim;

        Assert.Equal("isis-has-been-defeated", claim.Id);
        Assert.Equal("1:8", claim.IdRange.At());
    }

    [Fact]
    public void A_claim_with_an_id_keeps_it_placed_at_the_id()
    {
        BoundClaim claim = Assert.Single(Checks.Compile($"{Checks.IsisClaim}\n  id: isis-defeated").Set.Claims).Claim;

        Assert.Equal("isis-defeated", claim.Id);
        Assert.Equal("2:7", claim.IdRange.At());
    }

    [Theory]
    [InlineData("ISIS has been defeated", "isis-has-been-defeated")]
    [InlineData("The strikes on five Kata'ib Hezbollah weapons depots", "the-strikes-on-five-kataib-hezbollah-weapons-depots")]
    [InlineData("Some 5,200 US soldiers are deployed.", "some-5-200-us-soldiers-are-deployed")]
    [InlineData("  \u201CAnti-Benghazi\u201D \u2014 Trump\u2019s word ", "anti-benghazi-trumps-word")]
    [InlineData("Caf\u00E9 na\u00EFve r\u00E9sum\u00E9", "cafe-naive-resume")]
    [InlineData("\u00C9t\u00E9 \u6F22\u5B57 2020", "ete-2020")]
    [InlineData("\u6F22\u5B57", "")]
    public void The_default_id_is_a_slug_of_lower_case_ascii_words_joined_by_hyphens(string text, string slug)
    {
        Assert.Equal(slug, Identifiers.Slug(text));
    }

    [Theory]
    [InlineData("It seems only a matter of months if not weeks before US forces are kicked out", "it-seems-only-a-matter-of-months-if-not-weeks-before-us-forces-a")]
    [InlineData("It seems only a matter of months if not weeks before US forcesX are kicked out", "it-seems-only-a-matter-of-months-if-not-weeks-before-us-forcesx")]
    public void A_long_slug_is_cut_to_at_most_64_characters_and_never_ends_with_a_hyphen(string text, string slug)
    {
        Assert.Equal(slug, Identifiers.Slug(text));
        Assert.True(slug.Length <= 64);
    }

    [Fact]
    public void A_claim_text_that_is_not_valid_utf16_gets_a_slug_and_a_diagnostic_not_a_crash()
    {
        Assert.Equal("isis-has-been-defeated", Identifiers.Slug("ISIS\uD800has been defeated"));
        Assert.Equal("isis-has-been-defeated", Identifiers.Slug("ISIS\uFFFEhas been defeated"));
        Checks.SingleDiagnostic("claim: 'ISIS has been defeated\uDC00' source: 000 status: true", "FC0004 1:8");
    }

    [Theory]
    [InlineData("isis-defeated", "IsisDefeated")]
    [InlineData("us-troops-5200", "UsTroops5200")]
    [InlineData("kh.credit_taji", "KhCreditTaji")]
    [InlineData("ISIS", "ISIS")]
    [InlineData("2d-chess", "Claim2dChess")]
    [InlineData("a--b", "AB")]
    public void Claim_ids_become_pascal_case_names_with_a_prefix_before_a_digit(string id, string name)
    {
        Assert.Equal(name, Identifiers.ToPascalCase(id, CheckSetBinder.ClaimDigitPrefix));
    }

    [Fact]
    public void Resolved_claims_and_sources_carry_their_csharp_names()
    {
        CheckCompilation compilation = Checks.Compile($"{Checks.IsisClaim}\nclaim: 'Some 5,200 US soldiers' source: 000 status: true id: us-troops-5200");

        Assert.Equal(["IsisHasBeenDefeated", "UsTroops5200"], compilation.Set.Claims.Select(resolved => resolved.MemberName));
        Assert.Equal(["Source000", "Source004"], compilation.Set.Sources.Select(source => source.MemberName));
    }

    [Fact]
    public void The_byline_of_each_seed_gives_its_author()
    {
        SourceCatalog catalog = SourceCatalog.Create(Repository.SeedFiles);

        Assert.Equal(["000", "004"], catalog.Documents.Select(document => document.Id));
        Assert.Equal(["Duns Scotus", "Matthew Petti"], catalog.Documents.Select(document => document.BylineAuthor));
        Assert.Equal(["Duns Scotus", "Matthew Petti"], Checks.Compile(string.Empty).Set.Sources.Select(source => source.Author?.Name));
        Assert.All(Checks.Compile(string.Empty).Set.Sources, source => Assert.Equal(PartyKind.Person, source.Author?.Kind));
    }

    [Theory]
    [InlineData("by Duns Scotus\n\nThe world", "Duns Scotus")]
    [InlineData("\r\n  BY  Jane Doe  \r\ntext", "Jane Doe")]
    [InlineData("Author:Petti, Matthew\nText.", "Matthew Petti")]
    [InlineData("author: Ann Smith\n\nText.", "Ann Smith")]
    [InlineData("by J. R. R. Tolkien\nText.", "J. R. R. Tolkien")]
    [InlineData("by Abu Bakr al-Baghdadi\nText.", "Abu Bakr al-Baghdadi")]
    [InlineData("by Ludwig van Beethoven\nText.", "Ludwig van Beethoven")]
    [InlineData("by Sinéad O'Connor\nText.", "Sinéad O'Connor")]
    [InlineData("by قاسم سليماني\nText.", "قاسم سليماني")]
    [InlineData("By Jane Roe, Reuters\nText.", "Jane Roe")]
    [InlineData("By Jane Roe and John Doe\nText.", "Jane Roe and John Doe")]
    [InlineData("By Monday, Iran Had Responded\nText.", null)]
    [InlineData("By Land And Sea\nText.", null)]
    [InlineData("By The Time It Ended\nText.", null)]
    [InlineData("Byline is not a byline", null)]
    [InlineData("The text starts here. by Nobody", null)]
    [InlineData("by \nJane", null)]
    [InlineData("", null)]
    [InlineData("By the time the drones struck, the convoy had already left the airport.\nText.", null)]
    [InlineData("By the time the drones struck\nText.", null)]
    [InlineData("by Duns Scotus", null)]
    [InlineData("by Duns Scotus\n  \n", null)]
    [InlineData("by Scotus, Duns, and others\nText.", null)]
    [InlineData("by 2020 staff\nText.", null)]
    [InlineData("by A Name That Goes On For Far Too Many Words\nText.", null)]
    public void A_byline_is_a_first_line_that_names_an_author_and_nothing_more(string text, string? author)
    {
        Assert.Equal(author, Byline.AuthorOf(text));
    }

    [Fact]
    public void A_document_entry_overrides_the_byline_and_adds_title_url_and_date()
    {
        const string text = """
            document: 004
              title: 'Months After'
              author: 'M. Petti'
              url: 'https://reason.com/2020/04/01/x'
              published: 2020-04-01
            """;

        CheckCompilation compilation = Checks.Compile(text);

        Assert.Empty(compilation.Diagnostics);
        ResolvedSource source = compilation.Set.Sources[1];
        Assert.Equal(("004", "Months After", "M. Petti", "https://reason.com/2020/04/01/x", "2020-04-01"), (source.Id, source.Title, source.Author?.Name, source.Url, source.Published?.ToString()));
        Assert.Equal("Duns Scotus", compilation.Set.Sources[0].Author?.Name);
    }

    [Theory]
    [InlineData("000_485e55baddcabb7a.txt", "000")]
    [InlineData("report.txt", "report")]
    [InlineData("a_b_c.md", "a")]
    [InlineData("_hidden.txt", "_hidden")]
    public void A_source_id_is_the_file_name_up_to_the_first_underscore_else_its_stem(string fileName, string id)
    {
        Assert.Equal(id, SourceCatalog.IdOf(fileName));
    }
}
