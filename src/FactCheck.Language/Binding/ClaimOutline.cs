namespace FactCheck.Language.Binding;

/// <summary>What the set binder reads of a bound claim: its names and what it points to, without where it was written.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="MemberName">Its C# name in the <c>ClaimId</c> enum, before the set checks it against the others.</param>
/// <param name="SourceId">The source document's id.</param>
/// <param name="Links">The ids it supports, then those it contradicts.</param>
internal sealed record ClaimOutline(string Id, string MemberName, string SourceId, EquatableArray<string> Links);
