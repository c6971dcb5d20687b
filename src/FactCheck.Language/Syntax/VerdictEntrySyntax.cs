using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>A <c>verdict: &lt;keyword&gt;</c> entry, one verdict of the scale declared before it in its file.</summary>
/// <param name="KeywordRange">Where <c>verdict</c> stands.</param>
/// <param name="Head">The verdict's keyword, a word.</param>
/// <param name="Fields">The fields, in the order written.</param>
internal sealed record VerdictEntrySyntax(TextRange KeywordRange, ValueToken Head, EquatableArray<FieldSyntax> Fields)
    : EntrySyntax(KeywordRange, Head, Fields);
