using System;
using System.Text.Json;

namespace FactCheck.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public void Json_format_gives_the_plain_model()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("FactCheck", root.GetProperty("scale").GetProperty("name").GetString());
        Assert.Equal(9, root.GetProperty("scale").GetProperty("verdicts").GetArrayLength());
        Assert.Equal("Duns Scotus", root.GetProperty("sources")[0].GetProperty("author").GetString());
        JsonElement claim = root.GetProperty("claims")[0];
        Assert.Equal("world-waiting", claim.GetProperty("id").GetString());
        Assert.Equal("The world is waiting for Iran's response", claim.GetProperty("text").GetString());
        Assert.Equal("true", claim.GetProperty("verdict").GetString());
        Assert.Equal("000", claim.GetProperty("source").GetString());
        JsonElement match = claim.GetProperty("match");
        Assert.Equal(3, match.GetProperty("line").GetInt32());
        Assert.Equal(1, match.GetProperty("column").GetInt32());
        Assert.Equal(16, match.GetProperty("offset").GetInt32());
        Assert.Equal(40, match.GetProperty("length").GetInt32());
        Assert.Equal("Duns Scotus", claim.GetProperty("claimant").GetString());
        Assert.Equal("2020-01-05", claim.GetProperty("said").GetString());
        Assert.Equal("2026-11-21", claim.GetProperty("reviewed").GetString());
        Assert.Equal("M. Lindqvist", claim.GetProperty("reviewer").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("note").ValueKind);
        Assert.Equal(0, claim.GetProperty("evidence").GetArrayLength());
        Assert.Equal("checks/valid.check", claim.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(1, claim.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Contains("warning FC0010", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_carries_a_declared_scale_once_and_each_claims_keyword()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/scale.check", "scale: 'Truth-O-Meter' best: 6 worst: 1\nverdict: pants-on-fire label: 'Pants on Fire' rating: 1 colour: '#82071e' meaning: 'Ridiculous.'\nverdict: outdated label: 'Outdated' meaning: 'True once.'\n");
        workspace.Write("checks/claim.check", "claim: 'The world is waiting for Iran\\'s response' source: 000 status: pants-on-fire\n");

        CliResult result = workspace.Run("export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement scale = json.RootElement.GetProperty("scale");
        Assert.Equal(("Truth-O-Meter", 6, 1), (scale.GetProperty("name").GetString(), scale.GetProperty("bestRating").GetInt32(), scale.GetProperty("worstRating").GetInt32()));
        JsonElement fire = scale.GetProperty("verdicts")[0];
        Assert.Equal(("pants-on-fire", "Pants on Fire", 1, "#82071e", false), (fire.GetProperty("keyword").GetString(), fire.GetProperty("label").GetString(), fire.GetProperty("rating").GetInt32(), fire.GetProperty("colour").GetString(), fire.GetProperty("needsEvidence").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, scale.GetProperty("verdicts")[1].GetProperty("rating").ValueKind);
        Assert.Equal("pants-on-fire", json.RootElement.GetProperty("claims")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Json_format_carries_evidence_tags_and_links_of_the_bundled_checks()
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, "export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement claims = json.RootElement.GetProperty("claims");
        Assert.Equal(33, claims.GetArrayLength());
        JsonElement restore = claims[0];
        Assert.Equal("restore-deterrence", restore.GetProperty("id").GetString());
        Assert.Equal("contested", restore.GetProperty("verdict").GetString());
        JsonElement evidence = restore.GetProperty("evidence")[0];
        Assert.Equal("passage", evidence.GetProperty("kind").GetString());
        Assert.Equal("004", evidence.GetProperty("source").GetString());
        Assert.True(evidence.GetProperty("match").GetProperty("length").GetInt32() > 0);
        Assert.Equal("deterrence", restore.GetProperty("tags")[0].GetString());
        Assert.Equal("restore-deterrence", claims[1].GetProperty("contradicts")[0].GetString());
    }

    [Fact]
    public void Both_formats_carry_what_a_document_entry_says_and_link_evidence()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/documents.check", """
            document: 000
              title: 'Iran\'s response'
              url: 'https://example.org/iran-response'
              published: 2020-01-04

            claim: 'Iran can retaliate' source: 000 status: misleading
              evidence: 'https://example.org/analysis'
            """);

        CliResult model = workspace.Run("export", "--format", "json");
        CliResult reviews = workspace.Run("export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, model.ExitCode);
        using JsonDocument json = JsonDocument.Parse(model.Output);
        JsonElement source = json.RootElement.GetProperty("sources")[0];
        Assert.Equal("Iran's response", source.GetProperty("title").GetString());
        Assert.Equal("https://example.org/iran-response", source.GetProperty("url").GetString());
        Assert.Equal("2020-01-04", source.GetProperty("published").GetString());
        JsonElement evidence = json.RootElement.GetProperty("claims")[0].GetProperty("evidence")[0];
        Assert.Equal("link", evidence.GetProperty("kind").GetString());
        Assert.Equal("https://example.org/analysis", evidence.GetProperty("url").GetString());

        Assert.Equal(ExitCodes.Valid, reviews.ExitCode);
        using JsonDocument jsonLd = JsonDocument.Parse(reviews.Output);
        JsonElement appearance = jsonLd.RootElement.GetProperty("@graph")[0].GetProperty("itemReviewed").GetProperty("appearance");
        Assert.Equal("Iran's response", appearance.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/iran-response", appearance.GetProperty("url").GetString());
        Assert.Equal("2020-01-04", appearance.GetProperty("datePublished").GetString());
        Assert.Equal("Duns Scotus", appearance.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Both_formats_say_whether_each_party_is_a_person_or_an_organization()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/parties.check", """
            document: 004 author: organization 'Reason'
            claim: 'The world is waiting for Iran\'s response' source: 000 status: true
              by: organization 'the Pentagon'   reviewer: organization 'FactCheck desk'
            claim: 'U.S. forces retaliated with a round of strikes' source: 004 status: true
              by: 'Matthew Petti'   reviewer: person 'A. Analyst'
            """);

        CliResult model = workspace.Run("export", "--format", "json");
        CliResult reviews = workspace.Run("export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, model.ExitCode);
        using JsonDocument json = JsonDocument.Parse(model.Output);
        JsonElement sources = json.RootElement.GetProperty("sources");
        Assert.Equal(("Duns Scotus", "person"), (sources[0].GetProperty("author").GetString(), sources[0].GetProperty("authorKind").GetString()));
        Assert.Equal(("Reason", "organization"), (sources[1].GetProperty("author").GetString(), sources[1].GetProperty("authorKind").GetString()));
        JsonElement pentagon = json.RootElement.GetProperty("claims")[0];
        JsonElement petti = json.RootElement.GetProperty("claims")[1];
        Assert.Equal(("the Pentagon", "organization"), (pentagon.GetProperty("claimant").GetString(), pentagon.GetProperty("claimantKind").GetString()));
        Assert.Equal(("FactCheck desk", "organization"), (pentagon.GetProperty("reviewer").GetString(), pentagon.GetProperty("reviewerKind").GetString()));
        Assert.Equal(("Matthew Petti", "person"), (petti.GetProperty("claimant").GetString(), petti.GetProperty("claimantKind").GetString()));
        Assert.Equal(("A. Analyst", "person"), (petti.GetProperty("reviewer").GetString(), petti.GetProperty("reviewerKind").GetString()));

        Assert.Equal(ExitCodes.Valid, reviews.ExitCode);
        using JsonDocument jsonLd = JsonDocument.Parse(reviews.Output);
        JsonElement first = jsonLd.RootElement.GetProperty("@graph")[0];
        JsonElement second = jsonLd.RootElement.GetProperty("@graph")[1];
        Assert.Equal("Organization", first.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Organization", first.GetProperty("itemReviewed").GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Person", first.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Person", second.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Person", second.GetProperty("itemReviewed").GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Organization", second.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("author").GetProperty("@type").GetString());
    }

    [Fact]
    public void A_claim_that_names_nobody_has_null_kinds()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/anonymous.check", "claim: 'Iran can retaliate' source: 000 status: mostly-true\n");

        CliResult result = workspace.Run("export", "--format", "json");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement claim = json.RootElement.GetProperty("claims")[0];
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("claimantKind").ValueKind);
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("reviewerKind").ValueKind);
    }

    [Fact]
    public void Claimreview_format_gives_schema_org_claim_reviews()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        JsonElement graph = json.RootElement.GetProperty("@graph");
        Assert.Equal(2, graph.GetArrayLength());
        JsonElement review = graph[0];
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("#claim-world-waiting", review.GetProperty("url").GetString());
        Assert.Equal("The world is waiting for Iran's response", review.GetProperty("claimReviewed").GetString());
        Assert.Equal("2026-11-21", review.GetProperty("datePublished").GetString());
        Assert.Equal("Person", review.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("M. Lindqvist", review.GetProperty("author").GetProperty("name").GetString());
        JsonElement rating = review.GetProperty("reviewRating");
        Assert.Equal(5, rating.GetProperty("ratingValue").GetInt32());
        Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
        Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
        Assert.Equal("True", rating.GetProperty("alternateName").GetString());
        JsonElement item = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.GetProperty("@type").GetString());
        Assert.Equal("Duns Scotus", item.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2020-01-05", item.GetProperty("datePublished").GetString());
        Assert.Equal("CreativeWork", item.GetProperty("appearance").GetProperty("@type").GetString());

        JsonElement second = graph[1];
        Assert.Equal(1, second.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
    }

    [Fact]
    public void A_claim_without_a_claimant_is_attributed_to_its_sources_author()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/anonymous.check", "claim: 'Iran can retaliate' source: 000 status: mostly-true\n");

        CliResult result = workspace.Run("export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement review = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("Duns Scotus", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.False(review.TryGetProperty("author", out _));
        Assert.False(review.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public void A_verdict_off_the_rating_scale_has_only_its_name()
    {
        CliResult result = CliResult.Run(RepositoryRoot.Path, "export", "--format", "claimreview");

        Assert.Equal(ExitCodes.Valid, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement contested = json.RootElement.GetProperty("@graph")[0].GetProperty("reviewRating");
        Assert.Equal("Contested", contested.GetProperty("alternateName").GetString());
        Assert.False(contested.TryGetProperty("ratingValue", out _));
    }
}
