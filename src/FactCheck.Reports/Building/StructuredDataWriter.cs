using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactCheck.Reports.ViewModel;

namespace FactCheck.Reports.Building;

/// <summary>Writes one schema.org <c>ClaimReview</c> per claim as JSON-LD.</summary>
internal static class StructuredDataWriter
{
    // A review of the benchmarks' corpus takes about 450 bytes: the buffer starts that large, so a large report's JSON
    // is not copied again at every doubling.
    private const int TypicalReviewBytes = 512;

    // The page writes this JSON raw inside <script type="application/ld+json">, where HTML entities mean nothing, so it
    // cannot be HTML-encoded. It is safe raw because JavaScriptEncoder escapes the HTML-sensitive characters <, >, &, '
    // and " as \u003C and the like whatever ranges it is allowed: no text can write "</script" or "<!--". Allowing every
    // range keeps the rest readable.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes the JSON-LD with one review to a line: compact enough for 10,000 claims, and a change to one claim changes one line.</summary>
    public static StructuredData Write(IReadOnlyList<Claim> claims, ReportOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (claims.Count * TypicalReviewBytes));
        buffer.Write("""{"@context":"https://schema.org","@graph":["""u8);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            for (int i = 0; i < claims.Count; i++)
            {
                buffer.Write(i == 0 ? "\n"u8 : ",\n"u8);
                WriteClaimReview(writer, claims[i], options);
                writer.Flush();
                writer.Reset();
            }
        }

        buffer.Write("\n]}"u8);
        return new StructuredData(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteClaimReview(Utf8JsonWriter writer, Claim claim, ReportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "ClaimReview");
        writer.WriteString("url", Permalink(claim, options));
        writer.WriteString("claimReviewed", claim.Text);
        WriteDate(writer, "datePublished", claim.Reviewed?.ToDateTime() ?? options.GeneratedAt?.UtcDateTime);
        if (claim.Corrections.Count > 0)
        {
            // The review last changed on its latest correction.
            WriteDate(writer, "dateModified", claim.Corrections.Max(correction => correction.Date).ToDateTime());
        }
        if (claim.Reviewer is not null)
        {
            WriteAgent(writer, "author", claim.ReviewerKind, claim.Reviewer);
        }
        else if (options.Publisher is not null)
        {
            WriteAgent(writer, "author", PartyKind.Organization, options.Publisher);
        }

        Verdict verdict = claim.Verdict;
        writer.WriteStartObject("reviewRating");
        writer.WriteString("@type", "Rating");
        if (verdict.Rating is { } rating && verdict.Scale.BestRating is { } best && verdict.Scale.WorstRating is { } worst)
        {
            writer.WriteNumber("ratingValue", rating);
            writer.WriteNumber("bestRating", best);
            writer.WriteNumber("worstRating", worst);
        }

        writer.WriteString("alternateName", verdict.Label);
        writer.WriteEndObject();

        writer.WriteStartObject("itemReviewed");
        writer.WriteString("@type", "Claim");

        // A claim that names no claimant is the source's own words.
        if (claim.Claimant is not null)
        {
            WriteAgent(writer, "author", claim.ClaimantKind, claim.Claimant);
        }
        else if (claim.Source.Author is not null)
        {
            WriteAgent(writer, "author", claim.Source.AuthorKind, claim.Source.Author);
        }

        WriteDate(writer, "datePublished", claim.Said?.ToDateTime());
        WriteAppearance(writer, claim.Source);
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static void WriteAppearance(Utf8JsonWriter writer, SourceDocument source)
    {
        writer.WriteStartObject("appearance");
        writer.WriteString("@type", "CreativeWork");
        if (WebLinks.AbsoluteUri(source.Url) is { } url)
        {
            writer.WriteString("url", url);
        }

        writer.WriteString("headline", source.Title ?? source.FileName);
        if (source.Author is not null)
        {
            WriteAgent(writer, "author", source.AuthorKind, source.Author);
        }

        WriteDate(writer, "datePublished", source.Published?.ToDateTime());
        writer.WriteEndObject();
    }

    // schema.org's two kinds of agent; a name whose kind was not given is a person's, as the language reads it.
    private static void WriteAgent(Utf8JsonWriter writer, string property, PartyKind? kind, string name)
    {
        writer.WriteStartObject(property);
        writer.WriteString("@type", kind == PartyKind.Organization ? "Organization" : "Person");
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string property, DateTime? day)
    {
        if (day is { } value)
        {
            writer.WriteString(property, Dates.IsoDay(value));
        }
    }

    private static string Permalink(Claim claim, ReportOptions options)
    {
        string href = Anchors.HrefTo(Anchors.Claim(claim.Id));
        return options.ReportUrl switch
        {
            null => href,
            { IsAbsoluteUri: true } absolute => new Uri(absolute, href).AbsoluteUri,
            var relative => relative.OriginalString + href,
        };
    }
}
