using FactCheck.Language;
using FactCheck.Language.Binding;

namespace FactCheck.Generator.Model;

/// <summary>
/// The claims that passed every check, as file-and-id keys. Each file's generated code depends on this small
/// value rather than on the whole set, so an edit that keeps every claim valid regenerates only the edited file.
/// </summary>
/// <param name="Keys">The keys, in file order.</param>
internal sealed record ClaimKeys(EquatableArray<string> Keys)
{
    public static string KeyOf(BoundClaim claim) => claim.FilePath + "\n" + claim.Id;
}
