using System;

namespace FactCheck.Reports.Building;

/// <summary>The element ids the page gives claims, passages and sources, and the links to them.</summary>
internal static class Anchors
{
    public static string Claim(string claimId) => "claim-" + claimId;

    public static string Passage(string claimId) => "passage-" + claimId;

    public static string Source(string sourceId) => "source-" + sourceId;

    /// <summary>Gets the in-page link to an element id, percent-encoded as a URL fragment (browsers decode it to find the id).</summary>
    public static string HrefTo(string anchor) => "#" + Uri.EscapeDataString(anchor);
}
