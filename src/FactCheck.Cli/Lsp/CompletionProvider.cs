using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Fields;
using FactCheck.Language.Binding;
using FactCheck.Language.Matching;
using FactCheck.Language.Sources;
using FactCheck.Language.Syntax;

namespace FactCheck.Cli.Lsp;

/// <summary><c>textDocument/completion</c>: fields, verdicts, source ids, claim ids, today's date and the passages of a source.</summary>
internal static class CompletionProvider
{
    private const int MaxPassages = 20;
    private const int FieldKind = 5;
    private const int ValueKind = 12;
    private const int KeywordKind = 14;
    private const int TextKind = 1;
    private const int FileKind = 17;
    private const int ReferenceKind = 18;
    private const int EnumMemberKind = 20;

    /// <summary>Completes at a place of a <c>.check</c> file.</summary>
    /// <param name="snapshot">The compiled workspace.</param>
    /// <param name="path">The file's display path.</param>
    /// <param name="offset">The cursor.</param>
    /// <param name="today">Today's date, for <c>said:</c> and <c>reviewed:</c>.</param>
    /// <returns>The items.</returns>
    public static CompletionList Complete(WorkspaceSnapshot snapshot, string path, int offset, DateOnly today)
    {
        string text = snapshot.TextOf(path);
        TypingContext context = TypingContext.At(text, offset);
        if (context.StringStart >= 0)
        {
            return new CompletionList(true, Passages(snapshot, path, text, offset, context));
        }

        LspRange word = snapshot.RangeOf(path, context.WordStart, offset - context.WordStart);
        bool firstValue = context.Values.Count == 0;
        IEnumerable<CompletionItem> items = context switch
        {
            { LineStartsWord: true } or { Field: null } => FieldNames(context, word, text),
            { Field: "status", EntryKeyword: "claim" } when firstValue => Verdicts(snapshot, word),
            { Field: "source", EntryKeyword: "claim" } or { Field: "document" } or { Field: "evidence" } when firstValue => SourceIds(snapshot, word),
            { Field: "supports" or "contradicts" } => ClaimIds(snapshot, word),
            { Field: "said" or "reviewed" or "published" or "correction" } when firstValue => [Today(today, word)],
            _ => FieldNames(context, word, text),
        };
        return new CompletionList(false, items.ToArray());
    }

    private static List<CompletionItem> FieldNames(TypingContext context, LspRange word, string text)
    {
        bool atLineStart = context.LineStartsWord && (context.WordStart == 0 || text[context.WordStart - 1] is '\n' or '\r');
        var items = new List<CompletionItem>();
        if (atLineStart || context.EntryKeyword is null)
        {
            items.Add(Keyword("claim", "A claim: its text, then its fields.", word));
            items.Add(Keyword("document", "What a source document is: title, author, address and date.", word));
            items.Add(Keyword("scale", "The project's verdict scale: its name, then best: and worst: if rated; its verdict: entries follow.", word));
            items.Add(Keyword("verdict", "A verdict of the scale above: its keyword, then label:, meaning:, rating:, colour: and evidence:.", word));
        }

        if (context.EntryKeyword is not null)
        {
            IReadOnlyList<FieldSpec> fields = EntryKinds.FieldsOf(context.EntryKeyword);
            items.AddRange(fields.Select((field, index) => new CompletionItem(
                field.Name,
                FieldKind,
                field.Summary,
                null,
                new TextEdit(word, field.Name + ": "),
                index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                field.Name)));
        }

        return items;
    }

    private static CompletionItem Keyword(string keyword, string summary, LspRange word) =>
        new(keyword, KeywordKind, summary, null, new TextEdit(word, keyword + ": "), null, keyword);

    // The project's scale, as the build judges claims on it: the declared one, or the default.
    private static IEnumerable<CompletionItem> Verdicts(WorkspaceSnapshot snapshot, LspRange word) =>
        snapshot.Compilation.Scale.Verdicts.Select((verdict, index) => new CompletionItem(
            verdict.Keyword,
            EnumMemberKind,
            verdict.Meaning,
            new MarkupContent(NavigationProvider.VerdictMarkdown(verdict)),
            new TextEdit(word, verdict.Keyword),
            index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            verdict.Keyword));

    private static IEnumerable<CompletionItem> SourceIds(WorkspaceSnapshot snapshot, LspRange word) =>
        snapshot.Compilation.Sources.Documents.Select(source =>
        {
            ResolvedSource? resolved = snapshot.ResolvedSourceOf(source.Id);
            string title = resolved?.Title ?? source.FileName;
            string detail = resolved?.Author is { } author ? $"{title}, by {author.Name}" : title;
            return new CompletionItem(source.Id, FileKind, detail, new MarkupContent(SourceDescription.Of(snapshot, source.Id)), new TextEdit(word, source.Id), null, source.Id);
        });

    private static IEnumerable<CompletionItem> ClaimIds(WorkspaceSnapshot snapshot, LspRange word) =>
        snapshot.Claims
            .GroupBy(claim => claim.Id, StringComparer.Ordinal)
            .Select(group => group.First())
            .Select(claim => new CompletionItem(claim.Id, ReferenceKind, claim.Entry.Head.Text, null, new TextEdit(word, claim.Id), null, claim.Id));

    private static CompletionItem Today(DateOnly today, LspRange word)
    {
        string date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new CompletionItem(date, ValueKind, "Today", null, new TextEdit(word, date), null, date);
    }

    private static CompletionItem[] Passages(WorkspaceSnapshot snapshot, string path, string text, int offset, TypingContext context)
    {
        int typedStart = context.StringStart + 1;
        string typed = text.Substring(typedStart, offset - typedStart);
        char quote = text[context.StringStart];
        string? sourceId = context.Field == ClaimFields.Evidence.Name
            ? (context.Values.Count > 0 ? context.Values[0] : null)
            : context.Field is "claim" or "quote" ? context.ClaimSource : null;
        if (context.Field is not ("claim" or "quote" or "evidence"))
        {
            return [];
        }

        IEnumerable<SourceEntry> sources = sourceId is not null && snapshot.TryGetSource(sourceId, out SourceEntry cited)
            ? [cited]
            : snapshot.Compilation.Sources.Documents;
        LspRange replaced = snapshot.RangeOf(path, typedStart, offset - typedStart);
        return sources
            .SelectMany(source => source.Index.Continuations(typed, MaxPassages).Select(found => (source, found.Passage, found.Match)))
            .Take(MaxPassages)
            .Select((found, index) => PassageItem(found.source, found.Passage, found.Match, typed, quote, replaced, index))
            .ToArray();
    }

    private static CompletionItem PassageItem(SourceEntry source, string passage, PassageMatch match, string typed, char quote, LspRange replaced, int index)
    {
        string written = passage.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote);
        return new CompletionItem(
            passage,
            TextKind,
            $"{source.Id}, line {match.Line}",
            null,
            new TextEdit(replaced, written),
            index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            typed);
    }
}
