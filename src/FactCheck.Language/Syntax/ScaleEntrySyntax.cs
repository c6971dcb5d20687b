using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>A <c>scale: '...'</c> entry, which declares the project's verdict scale; its <c>verdict:</c> entries follow it.</summary>
/// <param name="KeywordRange">Where <c>scale</c> stands.</param>
/// <param name="Head">The scale's name, a string.</param>
/// <param name="Fields">The fields, in the order written.</param>
internal sealed record ScaleEntrySyntax(TextRange KeywordRange, ValueToken Head, EquatableArray<FieldSyntax> Fields)
    : EntrySyntax(KeywordRange, Head, Fields);
