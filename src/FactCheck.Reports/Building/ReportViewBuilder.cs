using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCheck.Reports.ViewModel;

namespace FactCheck.Reports.Building;

/// <summary>Turns the runtime model into the view model: every decision the page needs is made here, none in a template.</summary>
internal sealed class ReportViewBuilder
{
    private readonly VerdictScale _scale;
    private readonly Dictionary<Verdict, VerdictView> _verdicts;
    private readonly Claim[] _claims;
    private readonly Dictionary<string, Claim> _claimsById;
    private readonly SortedDictionary<string, SourceText> _sources;
    private readonly Dictionary<string, SourceView> _sourceViews = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchoredPassages = new(StringComparer.Ordinal);

    private ReportViewBuilder(IReadOnlyList<Claim> claims, IReadOnlyList<SourceDocument> sources)
    {
        // The claims are judged on one scale, their set's; a list of claims from several sets shows the first one's.
        _scale = (claims as ClaimSet)?.Scale ?? (claims.Count > 0 ? claims[0].Verdict.Scale : Verdicts.Default);
        _verdicts = _scale.ToDictionary(verdict => verdict, ToView);

        // Sorting by where each claim was written gives the same page whichever order the caller found them in.
        _claims =
        [
            .. claims
                .OrderBy(claim => claim.Location.FilePath, StringComparer.Ordinal)
                .ThenBy(claim => claim.Location.Line)
                .ThenBy(claim => claim.Location.Column)
                .ThenBy(claim => claim.Id, StringComparer.Ordinal),
        ];
        _claimsById = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (Claim claim in _claims)
        {
            if (!_claimsById.TryAdd(claim.Id, claim))
            {
                throw new ArgumentException($"Two claims have the id '{claim.Id}'; each needs its own permalink.", nameof(claims));
            }
        }

        _sources = new SortedDictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (SourceDocument source in sources)
        {
            if (!_sources.TryAdd(source.Id, new SourceText(source)))
            {
                throw new ArgumentException($"Two sources have the id '{source.Id}'.", nameof(sources));
            }
        }

        foreach (Claim claim in _claims)
        {
            if (!_sources.ContainsKey(claim.Source.Id))
            {
                _sources.Add(claim.Source.Id, new SourceText(claim.Source));
            }
        }
    }

    public static ReportView Build(
        IReadOnlyList<Claim> claims,
        IReadOnlyList<SourceDocument> sources,
        ReportOptions options,
        TemplateAssets assets)
    {
        RefuseCorrectionsAfter(claims, options.GeneratedAt);
        var builder = new ReportViewBuilder(claims, sources);
        return builder.Build(options, assets);
    }

    private ReportView Build(ReportOptions options, TemplateAssets assets)
    {
        // Sources first: a claim's card links to its passage only where the annotated source gave that passage an anchor.
        ILookup<string, Claim> claimsBySource = _claims.ToLookup(claim => claim.Source.Id, StringComparer.Ordinal);
        SourceView[] sources = [.. _sources.Values.Select(source => AnnotatedSource(source, claimsBySource[source.Document.Id]))];
        ClaimView[] claims = [.. _claims.Select(ClaimCard)];

        // Newest first; a stable sort keeps one day's corrections in the order of the claims, then as written.
        CorrectionView[] corrections = [.. claims.SelectMany(claim => claim.Corrections).OrderByDescending(correction => correction.Date.Iso, StringComparer.Ordinal)];
        PageAsset style = assets.StyleWith(ScaleStyle.Of(_scale));
        return new ReportView
        {
            // A blank title would leave <title> empty, which HTML forbids, and the page without a heading.
            Title = string.IsNullOrWhiteSpace(options.Title) ? ReportOptions.DefaultTitle : options.Title,
            GeneratedAt = Dates.Moment(options.GeneratedAt),
            ContentSecurityPolicy = assets.ContentSecurityPolicy(style, liveReload: options.LiveReloadUrl is not null),
            Summary = Summary(sources, claimsBySource),
            Verdicts = [.. _verdicts.Values],
            Claims = claims,
            ClaimBatches = [.. claims.Chunk(ReportView.ClaimBatchSize)],
            Corrections = corrections,
            Sources = sources,
            StructuredData = StructuredDataWriter.Write(_claims, options),
            Style = style,
            Script = assets.Script,
            LiveReload = options.LiveReloadUrl is { } events ? new LiveReloadView(events.OriginalString, assets.LiveReload) : null,
        };
    }

    private SourceView AnnotatedSource(SourceText text, IEnumerable<Claim> claims)
    {
        SourceDocument document = text.Document;
        Quotation[] quotations =
        [
            .. claims
                .Select(claim => new Quotation(
                    text.Locate(claim.Passage, $"Claim '{claim.Id}'"),
                    claim.Id,
                    ClaimHref(claim.Id),
                    Verdict(claim.Verdict),
                    $"{Verdict(claim.Verdict).Name}: {claim.Text}")),
        ];
        var view = new SourceView
        {
            Id = document.Id,
            Anchor = Anchors.Source(document.Id),
            TitleAnchor = Anchors.SourceTitle(document.Id),
            Href = Anchors.HrefTo(Anchors.Source(document.Id)),
            Title = document.Title ?? document.FileName,
            FileName = document.FileName,
            Author = document.Author,
            Url = WebLinks.AbsoluteUri(document.Url),
            Published = Dates.Day(document.Published),
            Paragraphs = SourceAnnotator.Annotate(text, quotations, _anchoredPassages),
        };
        _sourceViews.Add(document.Id, view);
        return view;
    }

    private ClaimView ClaimCard(Claim claim)
    {
        string owner = $"Claim '{claim.Id}'";
        string? passageHref = _anchoredPassages.Contains(claim.Id) ? Anchors.HrefTo(Anchors.Passage(claim.Id)) : null;
        VerdictView verdict = Verdict(claim.Verdict);
        SourceView source = _sourceViews[claim.Source.Id];
        ClaimLinkView self = ClaimLink(claim);
        return new ClaimView(claim)
        {
            Verdict = verdict,
            Corrections =
            [
                .. claim.Corrections
                    .OrderByDescending(correction => correction.Date)
                    .Select(correction => new CorrectionView { Date = Dates.Day(correction.Date)!, Text = correction.Text, Claim = self }),
            ],
            Source = source,
            Passage = Passage(_sources[claim.Source.Id], claim.Passage, owner, passageHref),
            Evidence = [.. claim.Evidence.Select(evidence => Evidence(evidence, owner))],
            Supports = [.. claim.Supports.Select(ClaimLink)],
            Contradicts = [.. claim.Contradicts.Select(ClaimLink)],
        };
    }

    private EvidenceView Evidence(Evidence evidence, string owner)
    {
        if (evidence is PassageEvidence quoted)
        {
            // A passage of a document the caller left out of the page is shown as its quote alone.
            return new EvidenceView
            {
                Quote = quoted.Quote,
                Url = null,
                IsWebLink = false,
                Passage = _sources.TryGetValue(quoted.Passage.Document.Id, out SourceText? source)
                    ? Passage(source, quoted.Passage, $"Evidence of {owner}", href: null)
                    : null,
            };
        }

        Uri? url = (evidence as LinkEvidence)?.Url;
        string? webLink = WebLinks.AbsoluteUri(url);
        return new EvidenceView
        {
            Quote = null,
            Passage = null,
            Url = webLink ?? url?.OriginalString,
            IsWebLink = webLink is not null,
        };
    }

    private PassageView Passage(SourceText source, SourcePassage passage, string owner, string? href)
    {
        OffsetRange range = source.Locate(passage, owner);
        int paragraph = source.ParagraphIndexAt(range.Start);
        OffsetRange bounds = paragraph < 0 ? range : source.Paragraphs[paragraph];
        return new PassageView
        {
            Source = _sourceViews[source.Document.Id],
            Href = href ?? Anchors.HrefTo(paragraph < 0 ? Anchors.Source(source.Document.Id) : Anchors.Paragraph(source.Document.Id, paragraph + 1)),
            CutBefore = !source.Text.AsSpan(bounds.Start, Math.Max(0, range.Start - bounds.Start)).IsWhiteSpace(),
            CutAfter = range.End < bounds.End && !source.Text.AsSpan(range.End, bounds.End - range.End).IsWhiteSpace(),
            Context = new Lazy<PassageContext>(() => source.ContextOf(range)),
            Text = passage.Text,
            Line = passage.Start.Line,
            Column = passage.Start.Column,
        };
    }

    private ClaimLinkView ClaimLink(Claim target)
    {
        // A claim the caller left out of the page is named, not linked.
        bool onPage = _claimsById.TryGetValue(target.Id, out Claim? shown) && ReferenceEquals(shown, target);
        return new ClaimLinkView
        {
            Id = target.Id,
            Href = onPage ? ClaimHref(target.Id) : null,
            Text = target.Text,
            Verdict = onPage ? Verdict(target.Verdict) : null,
        };
    }

    /// <summary>
    /// Refuses a correction dated after the latest day it can be anywhere at the report's time: the page would publish a
    /// change not yet made. A report with no time checks nothing; the build has held the corrections to its own day.
    /// </summary>
    private static void RefuseCorrectionsAfter(IReadOnlyList<Claim> claims, DateTimeOffset? generatedAt)
    {
        if (generatedAt?.UtcDateTime is not { } utc)
        {
            return;
        }

        var today = new CalendarDate(utc.Year, utc.Month, utc.Day);
        CalendarDate latest = Correction.LatestDate(today);
        foreach (Claim claim in claims)
        {
            foreach (Correction correction in claim.Corrections)
            {
                if (correction.Date > latest)
                {
                    throw new ArgumentException(
                        $"{claim.Location}: claim '{claim.Id}' has a correction dated {correction.Date}, a day that has not begun anywhere on Earth by {today} UTC, the report's date: date the correction the day the change was made, on or before {latest}.",
                        nameof(claims));
                }
            }
        }
    }

    private SummaryView Summary(SourceView[] sources, ILookup<string, Claim> claimsBySource)
    {
        Dictionary<Verdict, int> byVerdict = _verdicts.Keys.ToDictionary(verdict => verdict, _ => 0);
        foreach (Claim claim in _claims)
        {
            byVerdict[claim.Verdict]++;
        }

        int[] bySource = [.. sources.Select(source => claimsBySource[source.Id].Count())];
        int longestVerdictBar = byVerdict.Values.Max();
        int longestSourceBar = bySource.DefaultIfEmpty().Max();
        return new SummaryView
        {
            Total = _claims.Length,
            ByVerdict =
            [
                .. _verdicts.Select(pair => new VerdictCountView
                {
                    Verdict = pair.Value,
                    Count = byVerdict[pair.Key],
                    BarLength = BarLength(byVerdict[pair.Key], longestVerdictBar),
                }),
            ],
            BySource =
            [
                .. sources.Select((source, index) => new SourceCountView
                {
                    Source = source,
                    Count = bySource[index],
                    BarLength = BarLength(bySource[index], longestSourceBar),
                }),
            ],
        };
    }

    // A claim judged on another scale than the first claim's (claims of two sets in one list) still gets its badge.
    private VerdictView Verdict(Verdict verdict)
    {
        if (!_verdicts.TryGetValue(verdict, out VerdictView? view))
        {
            view = ToView(verdict);
            _verdicts.Add(verdict, view);
        }

        return view;
    }

    private static string ClaimHref(string claimId) => Anchors.HrefTo(Anchors.Claim(claimId));

    private static string BarLength(int count, int longest) =>
        longest == 0 ? "0" : (count * 100.0 / longest).ToString("0.##", CultureInfo.InvariantCulture);

    private static VerdictView ToView(Verdict verdict) => new()
    {
        Keyword = verdict.Keyword,
        Name = verdict.Label,
        Meaning = verdict.Meaning,
        Rating = verdict.Rating,
        BestRating = verdict.Scale.BestRating,
        WorstRating = verdict.Scale.WorstRating,
    };
}
