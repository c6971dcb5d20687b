using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Compiled;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Sources;
using FactCheck.Language.Text;
using static System.FormattableString;

namespace FactCheck.Language;

/// <summary>
/// How much text a file puts into the generated code's string literals: a source its whole text, a <c>.check</c> file
/// the strings its claims hold. The compiler cannot place a string literal past 16 MiB of UTF-16 in one assembly
/// (CS8103), so their total is held under <see cref="Limit"/>: a rule of the compiled form, which the command line
/// checks as the build does.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Length">The characters it embeds.</param>
internal sealed record InputSize(string Path, int Length)
{
    /// <summary>The most characters the generated code may embed; the rest of 8 Mi is room for length prefixes and the project's own strings.</summary>
    public const int Limit = 7 * 1024 * 1024;

    // A source record's length prefixes and date; a document entry's fields are counted at the file that gives them.
    private const int SourceRecordOverhead = 64;

    // The length prefixes of a document entry's title, author and web address.
    private const int DocumentFieldsOverhead = 8;

    // The length written before an id in the index of claims (an id is shorter than 16,384 characters).
    private const int IndexEntryOverhead = 2;

    // The length written before a file's path, and its count of claims, at the start of its record.
    private const int FileRecordOverhead = 8;

    /// <summary>
    /// What a file's record is counted to hold for its path. The path embedded is relative to FactCheckPathRoot, while
    /// the build sees full paths and factcheck relative ones: a fixed allowance (MAX_PATH) keeps the count, and so the
    /// verdict at the limit, the same in both whatever the folders are called.
    /// </summary>
    public const int PathAllowance = 260;

    /// <summary>Gets the characters a bound <c>.check</c> file's compiled record holds, which bounds what its generated code embeds.</summary>
    /// <param name="file">The bound file.</param>
    /// <returns>Its size.</returns>
    public static InputSize Of(BoundFile file)
    {
        long length = PathAllowance + FileRecordOverhead;
        foreach (BoundClaim claim in file.Claims)
        {
            length += StringLength(claim);
        }

        // A document entry's fields go into its source's record.
        foreach (BoundDocument document in file.Documents)
        {
            length += (document.Title?.Length ?? 0) + (document.Author?.Name.Length ?? 0) + (document.Url?.Length ?? 0) + DocumentFieldsOverhead;
        }

        return new InputSize(file.Path, (int)Math.Min(length, int.MaxValue));
    }

    /// <summary>Gets the characters a claim puts into the generated code's literals: its compiled record, and its id again in the index of all claims.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The total length.</returns>
    public static int StringLength(BoundClaim claim) =>
        CompiledWriter.MeasureClaim(CompiledRecords.Of(claim, claim.FilePath)) + claim.Id.Length + IndexEntryOverhead;

    /// <summary>Gets the characters of the source documents the generated code embeds: every one that is read.</summary>
    /// <param name="sources">The catalogue.</param>
    /// <returns>A size per document.</returns>
    public static EquatableArray<InputSize> Of(SourceCatalog sources) =>
        sources.Documents.Select(document => new InputSize(document.Path, document.Text.Length + document.Id.Length + document.FileName.Length + (document.BylineAuthor?.Length ?? 0) + SourceRecordOverhead)).ToEquatableArray();

    /// <summary>Gets an FC0015 at the largest file when the files embed more than <see cref="Limit"/> in all.</summary>
    /// <param name="files">Every file's size.</param>
    /// <returns>The diagnostic, or none.</returns>
    public static EquatableArray<CheckDiagnostic> Check(IEnumerable<InputSize> files)
    {
        InputSize[] sizes = files.ToArray();
        long total = sizes.Sum(file => (long)file.Length);
        if (total <= Limit)
        {
            return Array.Empty<CheckDiagnostic>().ToEquatableArray();
        }

        InputSize largest = sizes.OrderByDescending(file => file.Length).ThenBy(file => file.Path, StringComparer.Ordinal).First();
        string message = Invariant(
            $"The claims and sources of this project hold {total:N0} characters of text, over the {Limit:N0} that the generated code can hold as string literals (the C# compiler's limit, CS8103); this file holds the most: move some checks and their sources to another project.");
        return new[] { DiagnosticCatalog.InputTooLarge.At(largest.Path, TextRange.At(new TextPosition(0, 1, 1)), message) }.ToEquatableArray();
    }
}
