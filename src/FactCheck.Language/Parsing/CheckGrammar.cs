using FactCheck.Language.Syntax;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// The grammar of a <c>.check</c> file, as Sprache combinators over the hand-written <see cref="TokenParsers"/>:
/// <code>
/// file     := entry* end                 (the driver, CheckParser, reads it one entry at a time)
/// entry    := claim | document | scale | verdict
/// claim    := 'claim:' string fields
/// document := 'document:' word fields
/// scale    := 'scale:' string fields
/// verdict  := 'verdict:' word fields
/// fields   := (name ':' (value+ | ⟨name | entry | end⟩))* ⟨entry | end⟩
/// value    := string | word | ','
/// </code>
/// A name is any word but the entry keywords; a word followed by ':' is a name, never a value. An entry's fields run up
/// to where the next entry or the end of the file begins (⟨...⟩ is looked at, not consumed): anything else there is an
/// error, where a value, a field, the next entry or the end could have come. A field with no value before the next field,
/// entry or the end is kept with no value, for the binder to report at the field (FC0013).
/// </summary>
internal static class CheckGrammar
{
    public const string ClaimKeyword = EntryKinds.Claim;
    public const string DocumentKeyword = EntryKinds.Document;

    private const string ValueExpectation = "a value (a 'string', a word or a list of words)";
    private const string FieldExpectation = "a field (name: value)";
    private const string EntryExpectation = "an entry (claim: '...' or document: <source-id>)";
    private const string EndExpectation = "the end of the file";

    private static readonly Parser<TextRange> ClaimStart = TokenParsers.Keyword(ClaimKeyword, EntryExpectation);

    private static readonly Parser<TextRange> DocumentStart = TokenParsers.Keyword(DocumentKeyword, EntryExpectation);

    private static readonly Parser<TextRange> ScaleStart = TokenParsers.Keyword(EntryKinds.Scale, EntryExpectation);

    private static readonly Parser<TextRange> VerdictStart = TokenParsers.Keyword(EntryKinds.Verdict, EntryExpectation);

    private static readonly Parser<TextRange> End = TokenParsers.End(EndExpectation);

    private static readonly Parser<TextPosition> EntryOrEndAhead = TokenParsers.EntryOrEndAhead(EntryExpectation, EndExpectation);

    private static readonly Parser<EquatableArray<FieldSyntax>> Fields =
        TokenParsers.FieldName(FieldExpectation).GroupsBefore(
            TokenParsers.Value(ValueExpectation),
            (name, values) => new FieldSyntax(name.Name, name.Range, values),
            EntryOrEndAhead);

    private static readonly Parser<ValueToken> ClaimText = TokenParsers.String("the claim's text as a 'string'");

    private static readonly Parser<ValueToken> SourceId = TokenParsers.Word("a source id");

    private static readonly Parser<EntrySyntax> Claim =
        ClaimStart.Then(ClaimText, Fields, (keyword, text, fields) => (EntrySyntax)new ClaimEntrySyntax(keyword, text, fields));

    private static readonly Parser<EntrySyntax> Document =
        DocumentStart.Then(SourceId, Fields, (keyword, id, fields) => (EntrySyntax)new DocumentEntrySyntax(keyword, id, fields));

    private static readonly Parser<ValueToken> ScaleName = TokenParsers.String("the scale's name as a 'string'");

    private static readonly Parser<ValueToken> VerdictKeyword = TokenParsers.Word("a verdict keyword");

    private static readonly Parser<EntrySyntax> Scale =
        ScaleStart.Then(ScaleName, Fields, (keyword, name, fields) => (EntrySyntax)new ScaleEntrySyntax(keyword, name, fields));

    private static readonly Parser<EntrySyntax> Verdict =
        VerdictStart.Then(VerdictKeyword, Fields, (keyword, word, fields) => (EntrySyntax)new VerdictEntrySyntax(keyword, word, fields));

    private static readonly Parser<EntrySyntax> Entry = Claim.XOr(Document).XOr(Scale).XOr(Verdict);

    /// <summary>
    /// What the file holds wherever an entry may start: the next entry, or <see langword="null"/> at the end of the file
    /// (after any trivia).
    /// </summary>
    public static readonly Parser<EntrySyntax?> EntryOrEnd = Entry.XOr(End.Return((EntrySyntax?)null));

    public static bool IsEntryKeyword(string name) => EntryKinds.IsKeyword(name);
}
