using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>
/// The whole report as a template sees it: the root of the view model. Templates only walk it; every decision
/// (order, context, highlighting, counts) has been made in C# before the template runs.
/// </summary>
public sealed class ReportView
{
    /// <summary>The most claims in one of <see cref="ClaimBatches"/>.</summary>
    public const int ClaimBatchSize = 100;

    /// <summary>Gets the report's title, for <c>&lt;title&gt;</c> and the page heading: never empty, the default title standing in for a blank one.</summary>
    public required string Title { get; init; }

    /// <summary>Gets when the report was generated, or <see langword="null"/> when no time was given, so the page shows none.</summary>
    public required DateView? GeneratedAt { get; init; }

    /// <summary>Gets the value of the page's Content-Security-Policy meta tag: nothing external, only the built-in style and script by hash.</summary>
    public required string ContentSecurityPolicy { get; init; }

    /// <summary>Gets the counts per verdict, per source and in total.</summary>
    public required SummaryView Summary { get; init; }

    /// <summary>Gets every verdict of the scale, in scale order, whether or not any claim has it.</summary>
    public required IReadOnlyList<VerdictView> Verdicts { get; init; }

    /// <summary>Gets every claim, in the order written: by <c>.check</c> file path, then line and column.</summary>
    public required IReadOnlyList<ClaimView> Claims { get; init; }

    /// <summary>
    /// Gets <see cref="Claims"/> in runs of at most <see cref="ClaimBatchSize"/>, in the same order. The built-in page
    /// puts each run in one box that the browser lays out and styles only near the screen
    /// (<c>content-visibility: auto</c>): a hundred such boxes load far sooner than one for each of 10,000 cards.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<ClaimView>> ClaimBatches { get; init; }

    /// <summary>Gets every claim's corrections, newest first; those of one day in the order of <see cref="Claims"/>, then as written.</summary>
    public required IReadOnlyList<CorrectionView> Corrections { get; init; }

    /// <summary>Gets every source document, ordered by id, each with its text split into highlighted runs.</summary>
    public required IReadOnlyList<SourceView> Sources { get; init; }

    /// <summary>Gets the schema.org <c>ClaimReview</c> JSON-LD; write it with <c>{{ embed structured_data }}</c> inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public required StructuredData StructuredData { get; init; }

    /// <summary>Gets the built-in stylesheet; write it with <c>{{ embed style }}</c> inside <c>&lt;style&gt;</c>, with no white space around it, or its hash will not match the policy.</summary>
    public required PageAsset Style { get; init; }

    /// <summary>Gets the built-in script (filters and search); write it with <c>{{ embed script }}</c> inside <c>&lt;script&gt;</c>, with no white space around it.</summary>
    public required PageAsset Script { get; init; }

    /// <summary>
    /// Gets, for a page that <c>factcheck serve</c> serves, the event stream and script that reload it; <see langword="null"/>
    /// for a page written to a file, which loads nothing. <see cref="ContentSecurityPolicy"/> allows the script when it is set.
    /// </summary>
    public LiveReloadView? LiveReload { get; init; }
}
