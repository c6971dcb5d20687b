using System.Collections.Generic;
using System.Linq;
using FactCheck.Fields;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Language.Scales;

/// <summary>
/// Judges a bound file's verdicts against the project's scale, once every file is read: a file binds against the
/// sources alone, so a change of scale re-runs only this, not the quote matching.
/// </summary>
internal static class VerdictBinder
{
    /// <summary>Keeps the file's claims whose verdict the scale has; the file itself when it has them all.</summary>
    /// <param name="file">The bound file.</param>
    /// <param name="scale">The project's scale.</param>
    /// <returns>The file, without the claims of an unknown verdict.</returns>
    public static BoundFile Judge(BoundFile file, ProjectScale scale)
    {
        if (file.Claims.All(claim => scale.Find(claim.Verdict) is not null))
        {
            return file;
        }

        return file with { Claims = file.Claims.Where(claim => scale.Find(claim.Verdict) is not null).ToEquatableArray() };
    }

    /// <summary>Reports each claim's verdict that the scale does not have (FC0005), and each that needs evidence and has none (FC0010).</summary>
    /// <param name="file">The bound file.</param>
    /// <param name="scale">The project's scale.</param>
    /// <returns>The diagnostics, in file order.</returns>
    public static EquatableArray<CheckDiagnostic> Diagnostics(BoundFile file, ProjectScale scale)
    {
        List<CheckDiagnostic>? diagnostics = null;
        foreach (VerdictUse use in file.VerdictUses)
        {
            ScaleVerdict? verdict = scale.Find(use.Keyword);
            if (verdict is null)
            {
                string[] keywords = [.. scale.Verdicts.Select(known => known.Keyword)];
                string? closest = Suggestions.Closest(use.Keyword, keywords);
                string which = scale.IsDeclared ? $"a verdict of the scale '{scale.Name}'" : "a verdict";
                string listing = keywords.Length == 0 ? $"The scale '{scale.Name}' declares no verdict yet: add verdict: entries after its scale: entry." : $"The verdicts are {string.Join(", ", keywords)}.";
                (diagnostics ??= []).Add(DiagnosticCatalog.UnknownVerdict.At(file.Path, use.Range, $"'{use.Keyword}' is not {which}.{Suggestions.DidYouMean(closest)} {listing}", Suggestions.Replace(use.Range, closest)));
            }
            else if (verdict.NeedsEvidence && !use.HasEvidence)
            {
                (diagnostics ??= []).Add(DiagnosticCatalog.VerdictWithoutEvidence.At(file.Path, use.Range, $"A claim judged {use.Keyword} should say why: add {ClaimFields.Evidence.Name}: <source-id> '<passage>' or {ClaimFields.Evidence.Name}: '<https://...>'."));
            }
        }

        return diagnostics is null ? default : diagnostics.ToEquatableArray();
    }
}
