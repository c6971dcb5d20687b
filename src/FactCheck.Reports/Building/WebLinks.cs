using System;

namespace FactCheck.Reports.Building;

/// <summary>Decides which addresses become links: only absolute http and https ones, so no <c>javascript:</c> or <c>data:</c> address reaches an <c>href</c>.</summary>
internal static class WebLinks
{
    public static string? AbsoluteUri(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url.AbsoluteUri
            : null;
}
