using FactCheck.Language.Diagnostics;
using FactCheck.Language.Scales;

namespace FactCheck.Language.Binding;

/// <summary>One <c>.check</c> file after parsing and binding against the sources: what holds within the file alone.</summary>
/// <param name="Path">The file.</param>
/// <param name="Claims">The claims that bound without error, in file order.</param>
/// <param name="DeclaredClaimIds">The ids of every claim of the file, with or without errors, so links to a broken claim are not reported as links to nothing.</param>
/// <param name="Documents">The document entries that bound.</param>
/// <param name="VerdictUses">Every claim's verdict keyword, with or without errors, for <see cref="VerdictBinder"/> to judge against the project's scale.</param>
/// <param name="Scales">The verdict scales the file declares.</param>
/// <param name="Diagnostics">Every diagnostic of the file: syntax, then binding, in file order; the verdicts are judged apart, against the project's scale.</param>
/// <param name="Corrections">Every correction that read, in claims with errors too, for the check of their dates against the build's or report's (<see cref="CorrectionDates"/>).</param>
internal sealed record BoundFile(
    string Path,
    EquatableArray<BoundClaim> Claims,
    EquatableArray<string> DeclaredClaimIds,
    EquatableArray<BoundDocument> Documents,
    EquatableArray<VerdictUse> VerdictUses,
    EquatableArray<ScaleDeclaration> Scales,
    EquatableArray<CheckDiagnostic> Diagnostics,
    EquatableArray<DatedCorrection> Corrections);
