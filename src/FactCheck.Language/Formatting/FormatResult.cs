using System;
using System.Collections.Generic;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Language.Formatting;

/// <summary>The outcome of formatting one <c>.check</c> text: the canonical text, or why the text was left as it is.</summary>
internal sealed class FormatResult
{
    private FormatResult(string original, string text, IReadOnlyList<CheckDiagnostic> errors)
    {
        Text = text;
        Changed = !string.Equals(original, text, StringComparison.Ordinal);
        Errors = errors;
    }

    /// <summary>Gets the formatted text; the input unchanged when it cannot be formatted.</summary>
    public string Text { get; }

    /// <summary>Gets whether <see cref="Text"/> differs from the input.</summary>
    public bool Changed { get; }

    /// <summary>Gets the diagnostics that stopped formatting (syntax errors, an input too large); empty when it was formatted.</summary>
    public IReadOnlyList<CheckDiagnostic> Errors { get; }

    /// <summary>Gets whether the text could be formatted.</summary>
    public bool IsFormatted => Errors.Count == 0;

    /// <summary>A text that was formatted.</summary>
    /// <param name="original">The text as read.</param>
    /// <param name="formatted">The text in the canonical layout.</param>
    /// <returns>The result.</returns>
    public static FormatResult Formatted(string original, string formatted) => new(original, formatted, []);

    /// <summary>A text left as it is because of <paramref name="errors"/>: a formatter never guesses what a broken file meant.</summary>
    /// <param name="original">The text as read.</param>
    /// <param name="errors">Why it cannot be formatted.</param>
    /// <returns>The result.</returns>
    public static FormatResult Unformattable(string original, IReadOnlyList<CheckDiagnostic> errors) => new(original, original, errors);
}
