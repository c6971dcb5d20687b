using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>A <c>document: &lt;source-id&gt;</c> entry, describing a source document.</summary>
/// <param name="KeywordRange">Where <c>document</c> stands.</param>
/// <param name="Head">The source id, a word.</param>
/// <param name="Fields">The fields, in the order written.</param>
internal sealed record DocumentEntrySyntax(TextRange KeywordRange, ValueToken Head, EquatableArray<FieldSyntax> Fields)
    : EntrySyntax(KeywordRange, Head, Fields);
