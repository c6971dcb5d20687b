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

    /// <summary>Builds one <c>ClaimReview</c> per claim; a property with no value is left out.</summary>
    /// <param name="claims">The claims, in the order to list them.</param>
    /// <param name="permalinkBase">The page that shows the claims, such as <c>report.html</c>; each review's <c>url</c> is <c>{permalinkBase}#claim-{id}</c>.</param>
    /// <returns>The JSON-LD array.</returns>
    public static JsonArray Build(IReadOnlyList<Claim> claims, string permalinkBase)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new JsonArray(claims.Select(claim => (JsonNode?)Review(claim, permalinkBase)).ToArray());
    }

    private static JsonObject Review(Claim claim, string permalinkBase) => WithoutNulls(new JsonObject
    {
        ["@context"] = SchemaContext,
        ["@type"] = "ClaimReview",
        ["url"] = $"{permalinkBase}#claim-{claim.Id}",
        ["claimReviewed"] = claim.Text,
        ["reviewRating"] = Rating(claim.Verdict.Describe()),
        ["itemReviewed"] = WithoutNulls(new JsonObject
        {
            ["@type"] = "Claim",
            ["author"] = Agent(claim.Claimant ?? claim.Source.Author),
            ["datePublished"] = JsonOutput.Date(claim.Said),
            ["appearance"] = Appearance(claim.Source),
        }),
        ["author"] = Agent(claim.Reviewer),
        ["datePublished"] = JsonOutput.Date(claim.Reviewed),
    });

    private static JsonObject Rating(VerdictInfo verdict) => WithoutNulls(new JsonObject
    {
        ["@type"] = "Rating",
        ["ratingValue"] = verdict.Rating,
        ["bestRating"] = verdict.Rating is null ? null : Verdicts.BestRating,
        ["worstRating"] = verdict.Rating is null ? null : Verdicts.WorstRating,
        ["alternateName"] = verdict.DisplayName,
    });

    private static JsonObject Appearance(SourceDocument source) => WithoutNulls(new JsonObject
    {
        ["@type"] = "CreativeWork",
        ["url"] = source.Url?.AbsoluteUri,
        ["headline"] = source.Title,
        ["author"] = Agent(source.Author),
        ["datePublished"] = JsonOutput.Date(source.Published),
    });

    /// <summary>A person, or an organisation when the name holds a word such as "administration" or "ministry".</summary>
    private static JsonObject? Agent(string? name)
    {
        if (name is null)
        {
            return null;
        }

        bool organisation = name
            .Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => s_organisationWords.Contains(word, StringComparer.OrdinalIgnoreCase));
        return new JsonObject
        {
            ["@type"] = organisation ? "Organization" : "Person",
            ["name"] = name,
        };
    }

    private static JsonObject WithoutNulls(JsonObject properties)
    {
        foreach (string key in properties.Where(property => property.Value is null).Select(property => property.Key).ToArray())
        {
            properties.Remove(key);
        }

        return properties;
    }
}
