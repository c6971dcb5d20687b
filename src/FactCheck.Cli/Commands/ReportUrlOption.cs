using System;
using System.CommandLine;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

/// <summary>
/// <c>--report-url</c>, the one definition <c>report</c> and <c>export</c> share, so that both write the same ClaimReview
/// <c>url</c>s for the same input: the address plus <c>#claim-&lt;id&gt;</c>, or the fragment alone without it.
/// </summary>
internal sealed class ReportUrlOption
{
    /// <summary>Gets the option to add to a command.</summary>
    public Option<string?> Option { get; } = new("--report-url")
    {
        Description = "The address the report is published at, such as https://example.org/checks/report.html: each ClaimReview's url is this address plus #claim-<id>. Default: none, so each url is #claim-<id>, relative to the page that holds it.",
        HelpName = "URL",
    };

    /// <summary>Returns <paramref name="options"/> with the address given on the command line, if any.</summary>
    /// <param name="options">The options made so far.</param>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The options with <see cref="ReportOptions.ReportUrl"/> set, or unchanged without <c>--report-url</c>.</returns>
    /// <exception cref="InputException">The address is not a well-formed URL, or has a fragment of its own.</exception>
    public ReportOptions AppliedTo(ReportOptions options, ParseResult parseResult) =>
        parseResult.GetValue(Option) is { } address ? options with { ReportUrl = Parse(address) } : options;

    private static Uri Parse(string address)
    {
        // A fragment of its own would put two '#' in every url: the claim's anchor is the fragment.
        if (address.Contains('#', StringComparison.Ordinal))
        {
            throw new InputException($"--report-url '{address}' has a fragment; give the page's address without '#...': each url adds #claim-<id>.");
        }

        if (!Uri.IsWellFormedUriString(address, UriKind.RelativeOrAbsolute) || !Uri.TryCreate(address, UriKind.RelativeOrAbsolute, out Uri? url))
        {
            throw new InputException($"--report-url '{address}' is not a well-formed address; write it as it will be published, such as https://example.org/checks/report.html, with spaces and other reserved characters percent-encoded.");
        }

        return url;
    }
}
