using FactCheck.Fields;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>What a <c>document:</c> entry says of a source document.</summary>
/// <param name="SourceId">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Author">Its author, and whether a person or an organisation.</param>
/// <param name="Url">Where it was published, an absolute http(s) address.</param>
/// <param name="Published">The day it was published.</param>
/// <param name="FilePath">The <c>.check</c> file of the entry.</param>
/// <param name="KeywordRange">Where the <c>document</c> keyword stands.</param>
internal sealed record BoundDocument(string SourceId, string? Title, Party? Author, string? Url, CalendarDate? Published, string FilePath, TextRange KeywordRange);
