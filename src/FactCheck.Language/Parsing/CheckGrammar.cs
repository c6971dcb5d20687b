using FactCheck.Language.Syntax;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// The grammar of a <c>.check</c> file, as Sprache combinators over the hand-written <see cref="TokenParsers"/>:
/// <code>
/// entry    := claim | document
/// claim    := 'claim:' string field*
/// document := 'document:' word field*
/// field    := name ':' value+        (name is any word but claim and document)
/// value    := string | word | ','    (a word followed by ':' starts the next field)
/// </code>
/// </summary>
internal static class CheckGrammar
{
    public const string ClaimKeyword = "claim";
    public const string DocumentKeyword = "document";

    public const string FieldExpectation = "a field (name: value)";
    public const string EntryExpectation = "an entry (claim: '...' or document: <source-id>)";

    private const string ValueExpectation = "a value (a 'string', a word or a list of words)";

    private static readonly Parser<EquatableArray<ValueToken>> Values = TokenParsers.Value(ValueExpectation).OneOrMore();

    private static readonly Parser<FieldSyntax> Field =
        TokenParsers.FieldName(FieldExpectation).Then(Values, (name, values) => new FieldSyntax(name.Name, name.Range, values));

    private static readonly Parser<EquatableArray<FieldSyntax>> Fields = Field.ZeroOrMore();

    private static readonly Parser<ValueToken> ClaimText = TokenParsers.String("the claim's text as a 'string'");

    private static readonly Parser<ValueToken> SourceId = TokenParsers.Word("a source id");

    private static readonly Parser<EntrySyntax> Claim =
        TokenParsers.Keyword(ClaimKeyword, EntryExpectation)
            .Then(ClaimText, (keyword, text) => (keyword, text))
            .Then(Fields, (head, fields) => (EntrySyntax)new ClaimEntrySyntax(head.keyword.Range, head.text, fields));

    private static readonly Parser<EntrySyntax> Document =
        TokenParsers.Keyword(DocumentKeyword, EntryExpectation)
            .Then(SourceId, (keyword, id) => (keyword, id))
            .Then(Fields, (head, fields) => (EntrySyntax)new DocumentEntrySyntax(head.keyword.Range, head.id, fields));

    /// <summary>One entry with its fields.</summary>
    public static readonly Parser<EntrySyntax> Entry = Claim.XOr(Document);

    public static bool IsEntryKeyword(string name) => name is ClaimKeyword or DocumentKeyword;
}
