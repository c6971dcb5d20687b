using FactCheck.Fields;

namespace FactCheck.Language.Binding;

/// <summary>A source document with what its <c>document:</c> entry says, and its C# property name.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="FileName">Its file name.</param>
/// <param name="Text">Its text.</param>
/// <param name="Title">Its title.</param>
/// <param name="Author">Its author: the entry's, else the byline's (a person).</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Published">The day it was published.</param>
/// <param name="MemberName">Its property name in the generated <c>Sources</c> class.</param>
internal sealed record ResolvedSource(string Id, string FileName, string Text, string? Title, Party? Author, string? Url, CalendarDate? Published, string MemberName);
