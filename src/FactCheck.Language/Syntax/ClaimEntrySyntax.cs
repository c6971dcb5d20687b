using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>A <c>claim: '...'</c> entry.</summary>
/// <param name="KeywordRange">Where <c>claim</c> stands.</param>
/// <param name="Head">The claim's text, a string.</param>
/// <param name="Fields">The fields, in the order written.</param>
internal sealed record ClaimEntrySyntax(TextRange KeywordRange, ValueToken Head, EquatableArray<FieldSyntax> Fields)
    : EntrySyntax(KeywordRange, Head, Fields);
