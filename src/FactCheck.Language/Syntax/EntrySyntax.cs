using FactCheck.Language.Text;

namespace FactCheck.Language.Syntax;

/// <summary>An entry of a <c>.check</c> file: a claim or a document, with its fields.</summary>
/// <param name="KeywordRange">Where the entry's keyword (<c>claim</c> or <c>document</c>) stands.</param>
/// <param name="Head">The value that follows the keyword: the claim's text or the document's source id.</param>
/// <param name="Fields">The fields, in the order written.</param>
internal abstract record EntrySyntax(TextRange KeywordRange, ValueToken Head, EquatableArray<FieldSyntax> Fields);
