using FactCheck.Fields;

namespace FactCheck.Language.Binding;

/// <summary>What the set binder reads of a bound <c>document:</c> entry: what it says of the source, without where it was written.</summary>
/// <param name="SourceId">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Author">Its author.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Published">The day it was published.</param>
internal sealed record DocumentOutline(string SourceId, string? Title, Party? Author, string? Url, CalendarDate? Published);
