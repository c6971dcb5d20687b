using System;
using System.Globalization;

namespace FactCheck.Reports.Building;

/// <summary>
/// The element ids the page gives claims, passages, paragraphs and sources, and the links to them. Each kind has its own
/// prefix and no prefix begins another (<c>claim-</c>, <c>passage-</c>, <c>para-</c>, <c>source-</c>, <c>sourcetitle-</c>),
/// so two elements of different kinds never share an id, whatever the ids of claims and sources; within a kind, ids
/// are unique because claim and source ids are. A paragraph's number comes before its source's id and holds no
/// hyphen, so the boundary between them is plain. The page's fixed ids (<c>summary</c>, <c>filter-text</c>...) start with
/// none of these prefixes.
/// </summary>
internal static class Anchors
{
    public static string Claim(string claimId) => "claim-" + claimId;

    public static string Passage(string claimId) => "passage-" + claimId;

    public static string Paragraph(string sourceId, int number) => "para-" + number.ToString(CultureInfo.InvariantCulture) + "-" + sourceId;

    public static string Source(string sourceId) => "source-" + sourceId;

    public static string SourceTitle(string sourceId) => "sourcetitle-" + sourceId;

    /// <summary>Gets the in-page link to an element id, percent-encoded as a URL fragment (browsers decode it to find the id).</summary>
    public static string HrefTo(string anchor) => "#" + Uri.EscapeDataString(anchor);
}
