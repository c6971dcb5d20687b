using System.Collections.Generic;

namespace FactCheck.Reports.ViewModel;

/// <summary>
/// A stretch of a source document's text that the same claims quote. Plain text has no claims; a highlighted run is
/// coloured by and linked to its first claim (the one whose passage starts earliest, then the longest, then the first
/// written), and names every claim whose passage covers it, so overlapping quotations stay visible.
/// </summary>
public sealed class RunView
{
    /// <summary>Gets the text of the run.</summary>
    public required string Text { get; init; }

    /// <summary>Gets whether any claim quotes this run.</summary>
    public bool IsMarked => Verdict is not null;

    /// <summary>Gets the verdict of the first claim, which colours the run, or <see langword="null"/> for plain text.</summary>
    public required VerdictView? Verdict { get; init; }

    /// <summary>Gets the permalink of the first claim, or <see langword="null"/> for plain text.</summary>
    public required string? Href { get; init; }

    /// <summary>Gets the ids of every claim whose passage covers the run, first claim first, space-separated, for a <c>data-claims</c> attribute.</summary>
    public required string ClaimIds { get; init; }

    /// <summary>
    /// Gets each covering claim's verdict and text, such as <c>False: Claim one. | True: Claim two.</c>, for a tooltip.
    /// Joined only when a template reads it: the built-in page leaves it to its script, which builds the tooltip when the
    /// reader points at the run, so that the page does not carry every overlapping claim's text once per run.
    /// </summary>
    public string Description => string.Join(" | ", Descriptions);

    /// <summary>Gets each covering claim's verdict and text, first claim first.</summary>
    internal IReadOnlyList<string> Descriptions { get; init; } = [];

    /// <summary>Gets the element ids of the passages that start with this run (<c>passage-{claim id}</c>), targets of <see cref="PassageView.Href"/>.</summary>
    public required IReadOnlyList<string> Anchors { get; init; }
}
