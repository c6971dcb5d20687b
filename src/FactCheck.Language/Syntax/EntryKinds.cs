using System.Collections.Generic;
using FactCheck.Fields;

namespace FactCheck.Language.Syntax;

/// <summary>The four kinds of entry: each one's keyword and field table, for the parser, the binder, the formatter and the editor.</summary>
internal static class EntryKinds
{
    public const string Claim = "claim";
    public const string Document = "document";
    public const string Scale = "scale";
    public const string Verdict = "verdict";

    /// <summary>Gets whether <paramref name="name"/> starts an entry.</summary>
    public static bool IsKeyword(string name) => name is Claim or Document or Scale or Verdict;

    /// <summary>Gets the keyword that starts the entry.</summary>
    public static string KeywordOf(EntrySyntax entry) => entry switch
    {
        ClaimEntrySyntax => Claim,
        DocumentEntrySyntax => Document,
        ScaleEntrySyntax => Scale,
        _ => Verdict,
    };

    /// <summary>Gets the fields an entry that starts with <paramref name="keyword"/> takes.</summary>
    public static IReadOnlyList<FieldSpec> FieldsOf(string keyword) => keyword switch
    {
        Document => DocumentFields.All,
        Scale => ScaleFields.All,
        Verdict => VerdictFields.All,
        _ => ClaimFields.All,
    };
}
