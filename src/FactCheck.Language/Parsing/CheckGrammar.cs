using System.Collections.Generic;
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

    private static readonly Parser<ValueToken> Value =
        TokenParsers.String.XOr(TokenParsers.Word).XOr(TokenParsers.Comma).Named("a value (a 'string', a word or a list of words)");

    private static readonly Parser<IEnumerable<ValueToken>> Values = Value.XAtLeastOnce();

    private static readonly Parser<FieldSyntax> Field =
        TokenParsers.Name(name => !IsEntryKeyword(name), FieldExpectation)
            .Then(name => Values.Select(values => new FieldSyntax(name.Name, name.Range, values.ToEquatableArray())));

    private static readonly Parser<IEnumerable<FieldSyntax>> Fields = Field.XMany();

    private static readonly Parser<EntrySyntax> Claim =
        TokenParsers.Name(name => name == ClaimKeyword, EntryExpectation)
            .Then(keyword => TokenParsers.String.Named("the claim's text as a 'string'")
                .Then(text => Fields.Select(fields => (EntrySyntax)new ClaimEntrySyntax(keyword.Range, text, fields.ToEquatableArray()))));

    private static readonly Parser<EntrySyntax> Document =
        TokenParsers.Name(name => name == DocumentKeyword, EntryExpectation)
            .Then(keyword => TokenParsers.Word.Named("a source id")
                .Then(id => Fields.Select(fields => (EntrySyntax)new DocumentEntrySyntax(keyword.Range, id, fields.ToEquatableArray()))));

    /// <summary>One entry with its fields.</summary>
    public static readonly Parser<EntrySyntax> Entry = Claim.XOr(Document);

    /// <summary>Only trivia remains.</summary>
    public static readonly Parser<int> End = TokenParsers.EndOfText;

    public static bool IsEntryKeyword(string name) => name is ClaimKeyword or DocumentKeyword;
}
