using System;
using System.Linq;
using FactCheck.Language;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Text;
using static System.FormattableString;

namespace FactCheck.Generator.Model;

/// <summary>
/// How much text an input puts into the generated code's string literals: a source its whole text, a <c>.check</c> file
/// at most its own length. An input over its <see cref="InputLimits"/> is not read, so it puts in none.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Length">The characters it embeds.</param>
internal sealed record InputSize(string Path, int Length)
{
    /// <summary>
    /// The most characters the generated code may embed. The compiler cannot place a string literal past 16 MiB of UTF-16
    /// in one assembly (CS8103); this leaves room for the literals' length prefixes and the project's own strings.
    /// </summary>
    public const int Limit = 7 * 1024 * 1024;

    /// <summary>Gets what an input embeds.</summary>
    /// <param name="input">The input.</param>
    /// <returns>Its path and the characters it embeds.</returns>
    public static InputSize Of(InputFile input)
    {
        int limit = input.IsCheckFile ? InputLimits.MaxCheckFileLength : InputLimits.MaxSourceLength;
        return new InputSize(input.Path, input.Text.Length <= limit ? input.Text.Length : 0);
    }

    /// <summary>Gets an FC0015 at the largest input when the inputs embed more than <see cref="Limit"/> in all.</summary>
    /// <param name="inputs">Every input.</param>
    /// <returns>The diagnostic, or none.</returns>
    public static EquatableArray<CheckDiagnostic> Check(EquatableArray<InputSize> inputs)
    {
        long total = inputs.Sum(input => (long)input.Length);
        if (total <= Limit)
        {
            return Array.Empty<CheckDiagnostic>().ToEquatableArray();
        }

        InputSize largest = inputs.OrderByDescending(input => input.Length).ThenBy(input => input.Path, StringComparer.Ordinal).First();
        string message = Invariant(
            $"The .check files and sources of this project total {total:N0} characters, over the {Limit:N0} that the generated code can hold as string literals (the C# compiler's limit, CS8103); this file is the largest: move some checks and their sources to another project.");
        return new[] { DiagnosticCatalog.InputTooLarge.At(largest.Path, TextRange.At(new TextPosition(0, 1, 1)), message) }.ToEquatableArray();
    }
}
