using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using FactCheck.Fields;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Matching;
using FactCheck.Language.Naming;
using FactCheck.Language.Parsing;
using FactCheck.Language.Scales;
using FactCheck.Language.Sources;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>
/// Binds one parsed <c>.check</c> file against the source documents: reads every field, finds every quote, and
/// reports what is wrong within the file. What needs all files at once (duplicate ids, links, C# names) is
/// <see cref="CheckSetBinder"/>'s.
/// </summary>
internal static class FileBinder
{
    /// <summary>Binds a parsed file.</summary>
    /// <param name="parsed">The file's syntax tree and syntax diagnostics.</param>
    /// <param name="sources">The source documents.</param>
    /// <returns>The claims and documents that bound, and every diagnostic of the file.</returns>
    public static BoundFile Bind(ParseResult parsed, SourceCatalog sources)
    {
        string path = parsed.Syntax.Path;
        var diagnostics = new List<CheckDiagnostic>(parsed.Diagnostics);
        var claims = new List<BoundClaim>();
        var declaredIds = new List<string>();
        var documents = new List<BoundDocument>();
        var verdictUses = new List<VerdictUse>();
        var corrections = new List<DatedCorrection>();
        var hints = new HintBudget();
        foreach (EntrySyntax entry in parsed.Syntax.Entries)
        {
            switch (entry)
            {
                case ClaimEntrySyntax claim:
                    BoundClaim? bound = BindClaim(path, claim, sources, hints, diagnostics, verdictUses, corrections, out string? declaredId);
                    if (declaredId is not null)
                    {
                        declaredIds.Add(declaredId);
                    }

                    if (bound is not null)
                    {
                        claims.Add(bound);
                    }

                    break;
                case DocumentEntrySyntax document:
                    if (BindDocument(path, document, sources, diagnostics) is { } boundDocument)
                    {
                        documents.Add(boundDocument);
                    }

                    break;
            }
        }

        EquatableArray<ScaleDeclaration> scales = ScaleBinder.BindFile(path, parsed.Syntax.Entries, diagnostics);
        return new BoundFile(
            path,
            claims.ToEquatableArray(),
            declaredIds.ToEquatableArray(),
            documents.ToEquatableArray(),
            verdictUses.ToEquatableArray(),
            scales,
            diagnostics.OrderBy(diagnostic => diagnostic.Range.Start.Offset).ToEquatableArray(),
            corrections.ToEquatableArray());
    }

    private static BoundClaim? BindClaim(
        string path, ClaimEntrySyntax entry, SourceCatalog sources, HintBudget hints, List<CheckDiagnostic> diagnostics, List<VerdictUse> verdictUses, List<DatedCorrection> corrections, out string? declaredId)
    {
        var reader = new EntryReader(path, entry, ClaimFields.All, DocumentFields.All, "claim", diagnostics);
        bool noSource = !reader.Has(ClaimFields.Source);
        bool noStatus = !reader.Has(ClaimFields.Status);
        if (noSource || noStatus)
        {
            string fields = noSource && noStatus ? $"{ClaimFields.Source.Name} and {ClaimFields.Status.Name} fields" : $"{(noSource ? ClaimFields.Source : ClaimFields.Status).Name} field";
            reader.Report(DiagnosticCatalog.MissingField, entry.KeywordRange, $"This claim is missing its {fields}: every claim needs source: <source-id> and status: <verdict>.", MissingFieldsFix(entry, sources, noSource, noStatus));
        }

        ValueToken? quote = reader.Text(ClaimFields.Quote);
        ValueToken? idToken = reader.Word(ClaimFields.Id, "an id");
        declaredId = idToken?.Text ?? Identifiers.Slug(entry.Head.Text);
        if (idToken is null && declaredId.Length == 0 && !reader.Has(ClaimFields.Id))
        {
            // An empty claim text without quote: is reported once, as empty, below.
            if (quote is not null || entry.Head.Text.Trim().Length > 0)
            {
                reader.Report(DiagnosticCatalog.MalformedValue, entry.Head.Range, "No id can be made from this claim's text (it has no ASCII letter or digit): add id: <word>.");
            }

            declaredId = null;
        }

        ValueToken? verdict = reader.Word(ClaimFields.Status, "a verdict");
        SourceEntry? source = ReadSource(reader, reader.Word(ClaimFields.Source, "a source id"), sources);
        // An empty or malformed quote: is reported by the reader, and then nothing is matched in its place. A quote the
        // reader hands out is never empty, so only the claim's text needs the check.
        ValueToken? quoted = quote ?? (reader.Has(ClaimFields.Quote) ? null : entry.Head);
        PassageMatch? match = null;
        bool textNonEmpty = quoted is not null && NonEmpty(reader, entry.Head, "The claim's text");
        if (quoted is not null && (quote is not null || textNonEmpty) && source is not null)
        {
            match = source.Index.Find(quoted.Text);
            if (match is null)
            {
                string what = quote is null ? "The claim's text" : "The quote";
                (string hint, CheckFix? fix) = ClosestHint(source, quoted, hints);
                reader.Report(DiagnosticCatalog.QuoteNotFound, quoted.Range, $"{what} '{VisibleText.Escape(EntryReader.Sanitize(quoted.Text))}' is not in source {source.Id} as whole words, even ignoring case, spacing, curly quotes, dashes and invisible characters.{hint} Quote the source word for word{(quote is null ? ", or keep this wording and put the source's exact words in quote:" : string.Empty)}.", fix);
            }
        }

        List<BoundEvidence> evidence = ReadEvidence(reader, sources, hints);
        FieldValues values = FieldValues.Create(reader.Value);
        CheckCorrectionsAfterReview(reader, values.Date(ClaimFields.Reviewed));
        corrections.AddRange(reader.CorrectionsRead);

        List<ValueToken>? supports = reader.DistinctWords(ClaimFields.Supports);
        List<ValueToken>? contradicts = reader.DistinctWords(ClaimFields.Contradicts);
        CheckLinks(reader, declaredId, supports, contradicts);

        if (verdict is not null)
        {
            verdictUses.Add(new VerdictUse(verdict.Text, verdict.Range, reader.Has(ClaimFields.Evidence)));
        }

        if (reader.HasErrors || verdict is null || source is null || match is null || declaredId is null
            || supports is null || contradicts is null)
        {
            return null;
        }

        return new BoundClaim(
            declaredId,
            idToken?.Range ?? entry.Head.Range,
            entry.Head.Text,
            quote?.Text,
            verdict.Text,
            source.Id,
            match,
            evidence.ToEquatableArray(),
            values,
            Map(supports, static word => new ClaimLink(word.Text, word.Range)),
            Map(contradicts, static word => new ClaimLink(word.Text, word.Range)),
            path,
            entry.KeywordRange);
    }

    private static BoundDocument? BindDocument(string path, DocumentEntrySyntax entry, SourceCatalog sources, List<CheckDiagnostic> diagnostics)
    {
        var reader = new EntryReader(path, entry, DocumentFields.All, ClaimFields.All, "document", diagnostics);
        SourceEntry? source = ReadSource(reader, entry.Head, sources);
        string? title = reader.Text(DocumentFields.Title)?.Text;
        Party? author = reader.Party(DocumentFields.Author);
        string? url = reader.Url(DocumentFields.Url);
        CalendarDate? published = reader.Date(DocumentFields.Published);
        return reader.HasErrors || source is null
            ? null
            : new BoundDocument(source.Id, title, author, url, published, path, entry.KeywordRange);
    }

    private static SourceEntry? ReadSource(EntryReader reader, ValueToken? id, SourceCatalog sources)
    {
        if (id is null)
        {
            return null;
        }

        if (sources.TryGet(id.Text, out SourceEntry source))
        {
            return source;
        }

        if (sources.TryGetRefused(id.Text, out RefusedSource refused))
        {
            reader.Report(refused.Reason, id.Range, refused.Message);
            return null;
        }

        string[] known = sources.Documents.Select(document => document.Id).ToArray();
        string listing = known.Length == 0
            ? $"There are no source documents: put the documents in the sources folder (FactCheckSources, default '{ProjectDefaults.SourcesFolder}')."
            : $"The sources are {string.Join(", ", known)}.";
        string? closest = Suggestions.Closest(id.Text, known);
        reader.Report(DiagnosticCatalog.UnknownSource, id.Range, $"No source document has the id '{id.Text}'.{Suggestions.DidYouMean(closest)} {listing}", Suggestions.Replace(id.Range, closest));
        return null;
    }

    private static List<BoundEvidence> ReadEvidence(EntryReader reader, SourceCatalog sources, HintBudget hints)
    {
        var evidence = new List<BoundEvidence>();
        var fields = new List<FieldSyntax>();
        foreach (FieldSyntax field in reader.All(ClaimFields.Evidence))
        {
            EquatableArray<ValueToken> values = field.Values;
            if (values.Count == 0)
            {
                continue;
            }

            if (values.Count == 2 && values[0].Kind == TokenKind.Word && values[1].Kind == TokenKind.QuotedString)
            {
                SourceEntry? source = ReadSource(reader, values[0], sources);
                if (source is null || !NonEmpty(reader, values[1], "An evidence passage"))
                {
                    continue;
                }

                if (source.Index.Find(values[1].Text) is { } match)
                {
                    AddOnce(reader, evidence, fields, new BoundEvidence(source.Id, values[1].Text, match, null), field);
                }
                else
                {
                    (string hint, CheckFix? fix) = ClosestHint(source, values[1], hints);
                    reader.Report(DiagnosticCatalog.EvidenceNotFound, values[1].Range, $"The evidence passage '{VisibleText.Escape(EntryReader.Sanitize(values[1].Text))}' is not in source {source.Id} as whole words, even ignoring case, spacing, curly quotes, dashes and invisible characters.{hint} Quote the source word for word.", fix);
                }
            }
            else if (values.Count == 1 && values[0].Kind == TokenKind.QuotedString)
            {
                if (WebAddress.TryRead(values[0].Text, out string url, out string problem))
                {
                    AddOnce(reader, evidence, fields, new BoundEvidence(null, null, null, url), field);
                }
                else
                {
                    reader.Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'evidence:' takes a passage, <source-id> '<words of the source>', or a link, '<https://...>', but '{EntryReader.Sanitize(values[0].Text)}' {problem}.");
                }
            }
            else
            {
                reader.Report(DiagnosticCatalog.MalformedValue, field.ValueRange, "'evidence:' takes a passage, <source-id> '<words of the source>', or a link, '<https://...>'.");
            }
        }

        return evidence;
    }

    /// <summary>Adds evidence unless the claim already has the same passage of the same source, or the same link.</summary>
    private static void AddOnce(EntryReader reader, List<BoundEvidence> evidence, List<FieldSyntax> fields, BoundEvidence item, FieldSyntax field)
    {
        for (int i = 0; i < evidence.Count; i++)
        {
            BoundEvidence earlier = evidence[i];
            bool same = item.IsLink
                ? item.Url == earlier.Url
                : item.SourceId == earlier.SourceId && item.Match!.Offset == earlier.Match?.Offset && item.Match.Length == earlier.Match.Length;
            if (same)
            {
                string what = item.IsLink ? $"the link {item.Url}" : $"this passage of source {item.SourceId}";
                TextPosition first = fields[i].ValueRange.Start;
                reader.Report(DiagnosticCatalog.DuplicateValue, field.ValueRange, $"This claim already gives {what} as evidence, at line {first.Line}, column {first.Column}: this one is dropped; remove it.");
                return;
            }
        }

        evidence.Add(item);
        fields.Add(field);
    }

    /// <summary>Reports a correction dated before the review it corrects: a check is corrected after it was published.</summary>
    private static void CheckCorrectionsAfterReview(EntryReader reader, CalendarDate? reviewed)
    {
        if (reviewed is not { } day || reader.Single(ClaimFields.Reviewed) is not { } reviewedField)
        {
            return;
        }

        foreach (DatedCorrection read in reader.CorrectionsRead)
        {
            if (read.Correction.Date < day)
            {
                TextPosition at = reviewedField.ValueRange.Start;
                reader.Report(DiagnosticCatalog.CorrectionBeforeReview, read.DateRange, $"This correction is dated {read.Correction.Date}, before the claim was reviewed on {day} (reviewed: at line {at.Line}, column {at.Column}): a correction comes after the review it corrects. Date it on or after {day}, or fix reviewed:.");
            }
        }
    }

    /// <summary>Reports a link to the claim itself, and a claim both supported and contradicted, at the later of the two links.</summary>
    private static void CheckLinks(EntryReader reader, string? declaredId, List<ValueToken>? supports, List<ValueToken>? contradicts)
    {
        foreach ((List<ValueToken>? links, string verb) in new[] { (supports, "support"), (contradicts, "contradict") })
        {
            foreach (ValueToken link in links ?? [])
            {
                if (link.Text == declaredId)
                {
                    reader.Report(DiagnosticCatalog.ContradictoryLink, link.Range, $"A claim cannot {verb} itself, and '{link.Text}' is this claim's own id: link another claim, or remove the link.");
                }
            }
        }

        foreach (ValueToken supported in supports ?? [])
        {
            if (contradicts?.Find(contradicted => contradicted.Text == supported.Text) is { } both)
            {
                (ValueToken first, ValueToken second) = supported.Range.Start.Offset < both.Range.Start.Offset ? (supported, both) : (both, supported);
                string firstField = (ReferenceEquals(first, supported) ? ClaimFields.Supports : ClaimFields.Contradicts).Name;
                reader.Report(DiagnosticCatalog.ContradictoryLink, second.Range, $"This claim both supports and contradicts '{supported.Text}' ({firstField}: at line {first.Range.Start.Line}, column {first.Range.Start.Column}): keep the link that holds, remove the other.");
            }
        }
    }

    private static EquatableArray<T> Map<T>(List<ValueToken> words, Func<ValueToken, T> map)
        where T : IEquatable<T>
    {
        if (words.Count == 0)
        {
            return new EquatableArray<T>(ImmutableArray<T>.Empty);
        }

        var items = new T[words.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = map(words[i]);
        }

        return new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    private static bool NonEmpty(EntryReader reader, ValueToken text, string what)
    {
        if (!EntryReader.IsBlank(text.Text))
        {
            return true;
        }

        reader.Report(DiagnosticCatalog.MalformedValue, text.Range, $"{what} is empty (white space and invisible characters do not count): write the words of the source it quotes.");
        return false;
    }

    /// <summary>
    /// Writes the missing fields after the claim's text: the source that holds the claim's words (else the first source),
    /// and the verdict that judges nothing yet, <c>unproven</c>, for the analyst to replace.
    /// </summary>
    private static CheckFix MissingFieldsFix(ClaimEntrySyntax entry, SourceCatalog sources, bool noSource, bool noStatus)
    {
        string text = string.Empty;
        if (noSource)
        {
            SourceEntry? holder = sources.Documents.FirstOrDefault(document => document.Index.Find(entry.Head.Text) is not null)
                ?? (sources.Documents.Count > 0 ? sources.Documents[0] : null);
            text += $" {ClaimFields.Source.Name}: {holder?.Id ?? "<source-id>"}";
        }

        if (noStatus)
        {
            text += $" {ClaimFields.Status.Name}: {Verdicts.Unproven.Keyword}";
        }

        return new CheckFix($"Add{text}", TextRange.At(entry.Head.Range.End), text);
    }

    private static (string Hint, CheckFix? Fix) ClosestHint(SourceEntry source, ValueToken quoted, HintBudget hints)
    {
        if (!hints.TrySpend(source.Text.Length) || source.Index.Closest(quoted.Text) is not { } closest)
        {
            return (string.Empty, null);
        }

        string hint = $" The closest passage, at line {closest.Match.Line}, column {closest.Match.Column}, reads '{VisibleText.Escape(EntryReader.Sanitize(closest.Passage))}'.";
        string passage = source.Text.Substring(closest.Match.Offset, closest.Match.Length);
        return (hint, new CheckFix("Quote the closest passage of the source", quoted.Range, StringLiteral.Of(passage)));
    }
}
