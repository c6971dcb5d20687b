using System.Text.Json;
using FactCheck.Compiled;
using FactCheck.Fields;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>The ClaimReview JSON-LD types each claimant, reviewer and author as the <c>.check</c> file says: a <c>Person</c> or an <c>Organization</c>.</summary>
public sealed class ClaimReviewPartyTests
{
    private const string Text = "The Pentagon said the strike was defensive.";

    [Fact]
    public void Organizations_are_typed_Organization_in_every_place_an_agent_stands()
    {
        ClaimRecord claim = Record("pentagon");
        claim[ClaimFields.By] = new Party("the Pentagon", PartyKind.Organization);
        claim[ClaimFields.Reviewer] = new Party("FactCheck desk", PartyKind.Organization);

        JsonElement review = Review(claim, new Party("Reuters", PartyKind.Organization));

        Assert.Equal(("Organization", "FactCheck desk"), Agent(review.GetProperty("author")));
        Assert.Equal(("Organization", "the Pentagon"), Agent(review.GetProperty("itemReviewed").GetProperty("author")));
        Assert.Equal(("Organization", "Reuters"), Agent(review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("author")));
    }

    [Fact]
    public void Persons_and_unmarked_names_are_typed_Person()
    {
        ClaimRecord claim = Record("analyst");
        claim[ClaimFields.By] = new Party("Duns Scotus", PartyKind.Person);
        claim[ClaimFields.Reviewer] = "A. Analyst";

        JsonElement review = Review(claim, new Party("Matthew Petti", PartyKind.Person));

        Assert.Equal(("Person", "A. Analyst"), Agent(review.GetProperty("author")));
        Assert.Equal(("Person", "Duns Scotus"), Agent(review.GetProperty("itemReviewed").GetProperty("author")));
        Assert.Equal(("Person", "Matthew Petti"), Agent(review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("author")));
    }

    [Fact]
    public void A_claim_without_a_claimant_takes_its_sources_author_with_its_kind()
    {
        JsonElement review = Review(Record("unattributed"), new Party("Reuters", PartyKind.Organization));

        Assert.Equal(("Organization", "Reuters"), Agent(review.GetProperty("itemReviewed").GetProperty("author")));
        Assert.False(review.TryGetProperty("author", out _));
    }

    private static ClaimRecord Record(string id) => new()
    {
        Id = id,
        Text = "The strike was defensive",
        Verdict = Verdicts.Misleading.Keyword,
        Passage = new PassageRecord { SourceId = "s1", Offset = 0, Line = 1, Column = 1, Length = Text.Length },
        FilePath = "parties.check",
        Line = 1,
        Column = 1,
    };

    private static JsonElement Review(ClaimRecord claim, Party author)
    {
        var source = new SourceRecord { Id = "s1", FileName = "s1.txt", Text = Text, Author = author.Name, AuthorKind = author.Kind };
        ClaimSet claims = CompiledModel.Build([source], [[claim]], out _);
        using JsonDocument json = JsonDocument.Parse(ClaimReviewJsonLd.Write(claims, new ReportOptions()));
        return json.RootElement.GetProperty("@graph")[0].Clone();
    }

    private static (string? Type, string? Name) Agent(JsonElement agent) =>
        (agent.GetProperty("@type").GetString(), agent.GetProperty("name").GetString());
}
