using System.Collections.Generic;
using FactCheck.Reports.Building;

namespace FactCheck.Reports;

/// <summary>
/// The claims as schema.org <c>ClaimReview</c> JSON-LD: exactly what the report embeds in its page, for tools that want
/// the reviews alone (<c>factcheck export --format claimreview</c>).
/// </summary>
public static class ClaimReviewJsonLd
{
    /// <summary>Writes one <c>ClaimReview</c> per claim, in a schema.org <c>@graph</c>.</summary>
    /// <param name="claims">The claims, in the order to write them.</param>
    /// <param name="options">The options a report would use: <see cref="ReportOptions.ReportUrl"/> makes each review's <c>url</c> point into the published page, <see cref="ReportOptions.GeneratedAt"/> and <see cref="ReportOptions.Publisher"/> stand in for a missing review date and reviewer.</param>
    /// <returns>The JSON-LD document, with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped.</returns>
    public static string Write(IReadOnlyList<Claim> claims, ReportOptions options) => StructuredDataWriter.Write(claims, options).Json;
}
