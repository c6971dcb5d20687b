using System;

namespace FactCheck;

/// <summary>Evidence that links to an outside document: <c>evidence: 'https://...'</c>.</summary>
public sealed class LinkEvidence : Evidence
{
    internal LinkEvidence(Uri url) => Url = url;

    /// <summary>Gets the link.</summary>
    public Uri Url { get; }

    /// <inheritdoc/>
    public override string ToString() => Url.OriginalString;
}
