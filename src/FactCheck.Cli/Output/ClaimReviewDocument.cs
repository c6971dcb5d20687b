using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace FactCheck.Cli.Output;

/// <summary>
/// Builds schema.org <c>ClaimReview</c> JSON-LD for claims, as search engines read fact-checks.
/// The HTML report embeds the same JSON-LD: this builder belongs in FactCheck.Reports once both exist on one branch.
/// </summary>
internal static class ClaimReviewDocument
{
    private const string SchemaContext = "https://schema.org";

    private static readonly string[] s_organisationWords =
    [
        "administration", "agency", "army", "committee", "council", "department", "forces", "government",
        "militia", "ministry", "office", "organization", "organisation", "parliament", "party", "pentagon",
    ];

    /// <summary>Builds one <c>ClaimReview</c> per claim.</summary>
    /// <param name="claims">The claims, in the order to list them.</param>
    /// <param name="permalinkBase">The page that shows the claims, such as <c>report.html</c>; each review's <c>url</c> is <c>{permalinkBase}#claim-{id}</c>.</param>
    /// <returns>The JSON-LD array.</returns>
    public static JsonArray Build(IReadOnlyList<Claim> claims, string permalinkBase)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new JsonArray(claims.Select(claim => (JsonNode?)Review(claim, permalinkBase)).ToArray());
    }

    private static JsonObject Review(Claim claim, string permalinkBase)
    {
        var review = new JsonObject
        {
            ["@context"] = SchemaContext,
            ["@type"] = "ClaimReview",
            ["url"] = $"{permalinkBase}#claim-{claim.Id}",
            ["claimReviewed"] = claim.Text,
            ["reviewRating"] = Rating(claim.Verdict),
            ["itemReviewed"] = ReviewedClaim(claim),
        };
        if (claim.Reviewer is { } reviewer)
        {
            review["author"] = Agent(reviewer);
        }

        if (claim.Reviewed is { } reviewed)
        {
            review["datePublished"] = JsonOutput.Date(reviewed);
        }

        return review;
    }

    private static JsonObject Rating(Verdict verdict)
    {
        VerdictInfo info = verdict.Describe();
        var rating = new JsonObject { ["@type"] = "Rating" };
        if (info.Rating is { } value)
        {
            rating["ratingValue"] = value;
            rating["bestRating"] = Verdicts.BestRating;
            rating["worstRating"] = Verdicts.WorstRating;
        }

        rating["alternateName"] = info.DisplayName;
        return rating;
    }

    private static JsonObject ReviewedClaim(Claim claim)
    {
        var item = new JsonObject { ["@type"] = "Claim" };
        if (claim.Claimant is { } claimant)
        {
            item["author"] = Agent(claimant);
        }

        if (claim.Said is { } said)
        {
            item["datePublished"] = JsonOutput.Date(said);
        }

        item["appearance"] = Appearance(claim.Source);
        return item;
    }

    private static JsonObject Appearance(SourceDocument source)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork" };
        if (source.Url is { } url)
        {
            work["url"] = url.AbsoluteUri;
        }

        if (source.Title is { } title)
        {
            work["headline"] = title;
        }

        if (source.Author is { } author)
        {
            work["author"] = Agent(author);
        }

        if (source.Published is { } published)
        {
            work["datePublished"] = JsonOutput.Date(published);
        }

        return work;
    }

    /// <summary>A person, or an organisation when the name holds a word such as "administration" or "ministry".</summary>
    private static JsonObject Agent(string name)
    {
        bool organisation = name
            .Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => s_organisationWords.Contains(word, StringComparer.OrdinalIgnoreCase));
        return new JsonObject
        {
            ["@type"] = organisation ? "Organization" : "Person",
            ["name"] = name,
        };
    }
}
