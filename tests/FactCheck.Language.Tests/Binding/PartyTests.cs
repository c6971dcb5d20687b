using FactCheck.Fields;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary><c>by:</c>, <c>reviewer:</c> and <c>author:</c> name a person or an organisation: the word before the name says which.</summary>
public sealed class PartyTests
{
    [Theory]
    [InlineData("by: 'Duns Scotus'", "Duns Scotus", PartyKind.Person)]
    [InlineData("by: person 'Duns Scotus'", "Duns Scotus", PartyKind.Person)]
    [InlineData("by: organization 'the Pentagon'", "the Pentagon", PartyKind.Organization)]
    [InlineData("by:\n    organization\n    'Trump administration'", "Trump administration", PartyKind.Organization)]
    public void A_claimant_is_a_person_unless_marked_an_organization(string field, string name, PartyKind kind)
    {
        Claim claim = Bind($"{Checks.IsisClaim}\n  {field}");

        Assert.Equal((name, kind), (claim.Claimant, claim.ClaimantKind));
    }

    [Fact]
    public void A_reviewer_takes_the_same_forms_and_no_name_has_no_kind()
    {
        Claim organization = Bind($"{Checks.IsisClaim}\n  reviewer: organization 'FactCheck desk'");
        Claim unnamed = Bind(Checks.IsisClaim);

        Assert.Equal(("FactCheck desk", PartyKind.Organization), (organization.Reviewer, organization.ReviewerKind));
        Assert.Equal((null, null, null, null), (unnamed.Claimant, unnamed.ClaimantKind, unnamed.Reviewer, unnamed.ReviewerKind));
    }

    [Fact]
    public void A_document_author_may_be_an_organization_and_a_byline_is_a_person()
    {
        CheckModel model = Checks.Compile($"document: 004 author: organization 'Reason'\n{Checks.IsisClaim}").ToModel(path => path);
        SourceDocument marked = model.Sources.Find("004")!;
        SourceDocument byline = model.Sources.Find("000")!;

        Assert.Equal(("Reason", PartyKind.Organization), (marked.Author, marked.AuthorKind));
        Assert.Equal(("Duns Scotus", PartyKind.Person), (byline.Author, byline.AuthorKind));
        Assert.Equal(("Duns Scotus", PartyKind.Person), (model.Claims[0].Source.Author, model.Claims[0].Source.AuthorKind));
    }

    [Fact]
    public void The_bound_value_is_the_name_and_its_kind()
    {
        CheckCompilation compilation = Checks.Compile($"{Checks.IsisClaim}\n  by: organization 'the Pentagon'  reviewer: person 'A. Analyst'");

        FieldValues fields = Assert.Single(compilation.Set.Claims).Claim.Fields;
        Assert.Equal(new Party("the Pentagon", PartyKind.Organization), fields.Party(ClaimFields.By));
        Assert.Equal(new Party("A. Analyst", PartyKind.Person), fields.Party(ClaimFields.Reviewer));
        Assert.NotEqual(new Party("the Pentagon", PartyKind.Person), fields.Party(ClaimFields.By));
    }

    [Theory]
    [InlineData("by: organisation 'the Pentagon'", "2:7", "'by:' takes person or organization before the name, not 'organisation'. Did you mean 'organization'? Write by: '...', by: person '...' or by: organization '...' (a name alone is a person's).")]
    [InlineData("by: Person 'Duns Scotus'", "2:7", "not 'Person'. Did you mean 'person'?")]
    [InlineData("reviewer: team 'A. Analyst'", "2:13", "'reviewer:' takes person or organization before the name, not 'team'. Write reviewer: '...'")]
    [InlineData("by: organization", "2:7", "'by:' takes a name in quotes, optionally after person or organization: put the whole value in quotes, as by: '...', by: person '...' or by: organization '...'")]
    [InlineData("by: 'the Pentagon' organization", "2:7", "'by:' takes a name in quotes, optionally after person or organization")]
    [InlineData("by: organization 'the' 'Pentagon'", "2:7", "'by:' takes a name in quotes")]
    [InlineData("by: organization ' '", "2:20", "'by:' is empty (white space and invisible characters do not count): write the name between the quotes, or leave the field out.")]
    public void A_party_of_the_wrong_form_is_FC0013_at_the_offending_value(string field, string at, string says)
    {
        Checks.SingleDiagnostic($"{Checks.IsisClaim}\n  {field}", $"FC0013 {at}", says);
    }

    [Fact]
    public void A_document_author_with_an_unknown_kind_is_FC0013_at_the_word()
    {
        Checks.SingleDiagnostic("document: 004\n  author: outlet 'Reason'", "FC0013 2:11", "'author:' takes person or organization before the name, not 'outlet'.");
    }

    private static Claim Bind(string text)
    {
        CheckCompilation compilation = Checks.Compile(text);
        Checks.AssertDiagnostics(compilation.Diagnostics);
        return Assert.Single(compilation.ToModel(path => path).Claims);
    }
}
