using System.Collections.Generic;
using System.Linq;
using FactCheck.Reports.ViewModel;

namespace FactCheck.Reports.Building;

/// <summary>
/// Cuts a source document into paragraphs of plain and highlighted runs. Passages may overlap: the text is cut at every
/// passage's start and end, so each run is covered by one unchanging set of claims, and the run takes the colour and link
/// of the first of them. The cutting is a sweep over sorted boundaries, linear in the text and passages but for the
/// overlaps themselves.
/// </summary>
internal static class SourceAnnotator
{
    /// <summary>Annotates a source.</summary>
    /// <param name="source">The source text.</param>
    /// <param name="quotations">The claims' passages in this source, in the order the claims were written.</param>
    /// <param name="anchored">Receives the id of every claim whose passage was given an anchor, so its card may link to it.</param>
    /// <returns>The paragraphs.</returns>
    public static IReadOnlyList<ParagraphView> Annotate(SourceText source, IReadOnlyList<Quotation> quotations, ISet<string> anchored)
    {
        // Rank decides which claim colours a run that several cover: earliest start, then longest, then first written.
        Quotation[] ranked =
        [
            .. quotations
                .Select((quotation, index) => (Quotation: quotation, Index: index))
                .Where(item => item.Quotation.Range.Length > 0)
                .OrderBy(item => item.Quotation.Range.Start)
                .ThenByDescending(item => item.Quotation.Range.Length)
                .ThenBy(item => item.Index)
                .Select(item => item.Quotation),
        ];
        int[] rankByEnd = [.. Enumerable.Range(0, ranked.Length).OrderBy(rank => ranked[rank].Range.End)];
        int[] cuts = Cuts(source.Paragraphs, ranked);

        var paragraphs = new List<ParagraphView>(source.Paragraphs.Count);
        var runs = new List<RunView>();
        var active = new SortedSet<int>();
        var pending = new List<int>();
        int nextStart = 0;
        int nextEnd = 0;
        int paragraph = 0;
        for (int cut = 0; cut < cuts.Length - 1; cut++)
        {
            int position = cuts[cut];
            for (; nextEnd < rankByEnd.Length && ranked[rankByEnd[nextEnd]].Range.End <= position; nextEnd++)
            {
                active.Remove(rankByEnd[nextEnd]);
            }

            for (; nextStart < ranked.Length && ranked[nextStart].Range.Start <= position; nextStart++)
            {
                active.Add(nextStart);
                pending.Add(nextStart);
            }

            for (; paragraph < source.Paragraphs.Count && source.Paragraphs[paragraph].End <= position; paragraph++)
            {
                paragraphs.Add(new ParagraphView { Anchor = Anchors.Paragraph(source.Document.Id, paragraphs.Count + 1), Runs = [.. runs] });
                runs.Clear();
            }

            if (paragraph < source.Paragraphs.Count && source.Paragraphs[paragraph].Start <= position)
            {
                string text = source.Text[position..cuts[cut + 1]];
                runs.Add(active.Count == 0 ? PlainRun(text) : MarkedRun(text, ranked, active, pending, anchored));
            }
        }

        for (; paragraph < source.Paragraphs.Count; paragraph++)
        {
            paragraphs.Add(new ParagraphView { Anchor = Anchors.Paragraph(source.Document.Id, paragraphs.Count + 1), Runs = [.. runs] });
            runs.Clear();
        }

        return paragraphs;
    }

    private static int[] Cuts(IReadOnlyList<OffsetRange> paragraphs, Quotation[] ranked)
    {
        var cuts = new List<int>((paragraphs.Count + ranked.Length) * 2);
        foreach (OffsetRange range in paragraphs.Concat(ranked.Select(quotation => quotation.Range)))
        {
            cuts.Add(range.Start);
            cuts.Add(range.End);
        }

        cuts.Sort();
        return [.. cuts.Distinct()];
    }

    private static RunView PlainRun(string text) => new()
    {
        Text = text,
        Verdict = null,
        Href = null,
        ClaimIds = string.Empty,
        Descriptions = [],
        Anchors = [],
    };

    private static RunView MarkedRun(string text, Quotation[] ranked, SortedSet<int> active, List<int> pending, ISet<string> anchored)
    {
        // A passage that starts in the blank lines between paragraphs is anchored at its first run that is shown.
        string[] anchors = [.. pending.Where(active.Contains).Select(rank => Anchors.Passage(ranked[rank].ClaimId))];
        foreach (int rank in pending.Where(active.Contains))
        {
            anchored.Add(ranked[rank].ClaimId);
        }

        pending.Clear();
        Quotation first = ranked[active.Min];
        return new RunView
        {
            Text = text,
            Verdict = first.Verdict,
            Href = first.ClaimHref,
            ClaimIds = string.Join(' ', active.Select(rank => ranked[rank].ClaimId)),
            Descriptions = [.. active.Select(rank => ranked[rank].Description)],
            Anchors = anchors,
        };
    }
}
