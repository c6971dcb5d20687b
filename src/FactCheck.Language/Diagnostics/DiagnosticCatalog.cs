using System.Collections.Generic;
using static System.FormattableString;

namespace FactCheck.Language.Diagnostics;

/// <summary>Every diagnostic FactCheck gives, in one place. Ids are stable: a retired id is never reused.</summary>
public static class DiagnosticCatalog
{
    /// <summary>The category that analyzer tooling files every FactCheck diagnostic under.</summary>
    public const string Category = "FactCheck";

    /// <summary>FC0001: the text does not follow the grammar.</summary>
    public static readonly CheckDiagnosticDescriptor SyntaxError = new(
        DiagnosticIds.SyntaxError,
        CheckSeverity.Error,
        "Syntax error",
        "The text does not follow the .check grammar. The diagnostic stands at the offending character; an unterminated string is reported at its opening quote.");

    /// <summary>FC0002: a field name the entry does not have.</summary>
    public static readonly CheckDiagnosticDescriptor UnknownField = new(
        DiagnosticIds.UnknownField,
        CheckSeverity.Error,
        "Unknown field",
        "The entry has no field of that name. The message names the closest known field.");

    /// <summary>FC0003: a source id that names no source document.</summary>
    public static readonly CheckDiagnosticDescriptor UnknownSource = new(
        DiagnosticIds.UnknownSource,
        CheckSeverity.Error,
        "Unknown source",
        "No file in the sources folder has that id. A document's id is its file name up to the first '_'.");

    /// <summary>FC0004: the claim's text or quote is not in its source.</summary>
    public static readonly CheckDiagnosticDescriptor QuoteNotFound = new(
        DiagnosticIds.QuoteNotFound,
        CheckSeverity.Error,
        "Quote not found in source",
        "The claim's text (or its quote:) does not occur in the named source, even after normalising case, white space, quotes and dashes. Quote the source word for word, or give the exact words in quote:.");

    /// <summary>FC0005: a verdict not on the scale.</summary>
    public static readonly CheckDiagnosticDescriptor UnknownVerdict = new(
        DiagnosticIds.UnknownVerdict,
        CheckSeverity.Error,
        "Unknown verdict",
        "status: takes one of true, mostly-true, mixed, mostly-false, false, misleading, contested, unproven, opinion.");

    /// <summary>FC0006: two claims with one id.</summary>
    public static readonly CheckDiagnosticDescriptor DuplicateClaimId = new(
        DiagnosticIds.DuplicateClaimId,
        CheckSeverity.Error,
        "Duplicate claim id",
        "Claim ids are unique across all .check files. Give one of the claims another id:.");

    /// <summary>FC0007: a required field is missing.</summary>
    public static readonly CheckDiagnosticDescriptor MissingField = new(
        DiagnosticIds.MissingField,
        CheckSeverity.Error,
        "Required field missing",
        "A claim needs source: and status:. The diagnostic stands at the claim: keyword.");

    /// <summary>FC0008: a single-valued field given twice.</summary>
    public static readonly CheckDiagnosticDescriptor DuplicateField = new(
        DiagnosticIds.DuplicateField,
        CheckSeverity.Error,
        "Field given twice",
        "The field takes one value per entry. The diagnostic stands at the second occurrence; remove one of them.");

    /// <summary>FC0009: a link to a claim that does not exist.</summary>
    public static readonly CheckDiagnosticDescriptor UnknownLinkedClaim = new(
        DiagnosticIds.UnknownLinkedClaim,
        CheckSeverity.Error,
        "Linked claim not found",
        "supports: and contradicts: name the id of another claim in any .check file of the build.");

    /// <summary>FC0010: a verdict against the claim with no evidence.</summary>
    public static readonly CheckDiagnosticDescriptor VerdictWithoutEvidence = new(
        DiagnosticIds.VerdictWithoutEvidence,
        CheckSeverity.Warning,
        "Verdict needs evidence",
        "A claim judged false, mostly-false, misleading or contested should say why: add an evidence: passage or link.");

    /// <summary>FC0011: an evidence passage not in its source.</summary>
    public static readonly CheckDiagnosticDescriptor EvidenceNotFound = new(
        DiagnosticIds.EvidenceNotFound,
        CheckSeverity.Error,
        "Evidence not found in source",
        "An evidence passage does not occur in the named source, even after normalisation. Quote it word for word.");

    /// <summary>FC0012: two claims would get one C# name.</summary>
    public static readonly CheckDiagnosticDescriptor NameCollision = new(
        DiagnosticIds.NameCollision,
        CheckSeverity.Error,
        "Generated name collision",
        "Two claims' ids turn into the same C# name (a member of the generated ClaimId enum), or an id turns into a name the generated code reserves. Give the claim a distinct id:.");

    /// <summary>FC0013: a value of the wrong form.</summary>
    public static readonly CheckDiagnosticDescriptor MalformedValue = new(
        DiagnosticIds.MalformedValue,
        CheckSeverity.Error,
        "Malformed value",
        "The field's value does not have the form the field takes: a date YYYY-MM-DD, an absolute http(s) URL, a word, a string or a list of words.");

    /// <summary>FC0014: two source documents with one id.</summary>
    public static readonly CheckDiagnosticDescriptor DuplicateSource = new(
        DiagnosticIds.DuplicateSource,
        CheckSeverity.Error,
        "Duplicate source id",
        "Two files in the sources folder have the same id, or two document: entries describe the same source. Rename one file, or merge the entries.");

    /// <summary>FC0015: a file over FactCheck's size limit.</summary>
    public static readonly CheckDiagnosticDescriptor InputTooLarge = new(
        DiagnosticIds.InputTooLarge,
        CheckSeverity.Error,
        "Input too large",
        Invariant($"A .check file or a source document has more characters than FactCheck reads (InputLimits: {InputLimits.MaxCheckFileLength:N0} for a .check file, {InputLimits.MaxSourceLength:N0} for a source), so it is not read and memory stays bounded; or the claims and sources together embed more than the {InputSize.Limit:N0} characters the generated code can hold. Split it into smaller files, or move some checks and their sources to another project."));

    /// <summary>FC0016: a claim that links to itself, or supports and contradicts the same claim.</summary>
    public static readonly CheckDiagnosticDescriptor ContradictoryLink = new(
        DiagnosticIds.ContradictoryLink,
        CheckSeverity.Error,
        "Self or contradictory link",
        "supports: and contradicts: link a claim to other claims: a claim cannot link to itself, nor both support and contradict one claim. Remove the link that is wrong.");

    /// <summary>FC0017: a tag, link or evidence given twice in one claim.</summary>
    public static readonly CheckDiagnosticDescriptor DuplicateValue = new(
        DiagnosticIds.DuplicateValue,
        CheckSeverity.Warning,
        "Value given twice",
        "A claim lists the same tag, linked claim or evidence twice. The repetition is dropped; remove it.");
    /// <summary>FC0018: a file that is not UTF-8 text.</summary>
    public static readonly CheckDiagnosticDescriptor NotUtf8 = new(
        DiagnosticIds.NotUtf8,
        CheckSeverity.Error,
        "File not UTF-8",
        "A .check file or a source document without a byte order mark is not valid UTF-8 (saved as Windows-1252 or Latin-1, say), so it is not read. The diagnostic stands at its first undecodable byte; save the file as UTF-8.");

    /// <summary>FC0019: a file of the sources folder whose name gives no source id.</summary>
    public static readonly CheckDiagnosticDescriptor SourceNameNotWord = new(
        DiagnosticIds.SourceNameNotWord,
        CheckSeverity.Error,
        "Source file name gives no id",
        "A source document's id is its file name up to the first '_', else its stem, and must be a word ([A-Za-z0-9][A-Za-z0-9._-]*) for a claim to name it. The file is not a source: rename it.");

    /// <summary>FC0020: a verdict keyword declared twice in one scale.</summary>
    public static readonly CheckDiagnosticDescriptor DuplicateVerdict = new(
        DiagnosticIds.DuplicateVerdict,
        CheckSeverity.Error,
        "Verdict declared twice",
        "A scale declares each verdict keyword once, so status: names one verdict. The second declaration is not used: remove it or give it another keyword.");

    /// <summary>FC0021: a rating outside the scale's best and worst.</summary>
    public static readonly CheckDiagnosticDescriptor RatingOutsideScale = new(
        DiagnosticIds.RatingOutsideScale,
        CheckSeverity.Error,
        "Rating outside the scale",
        "A verdict's rating: is a whole number between its scale's best: and worst: (ClaimReview's bestRating and worstRating); a scale without them rates nothing. Change the rating or the scale's bounds.");

    /// <summary>FC0022: a verdict colour whose badge text would be hard to read.</summary>
    public static readonly CheckDiagnosticDescriptor LowContrastColour = new(
        DiagnosticIds.LowContrastColour,
        CheckSeverity.Error,
        "Verdict colour lacks contrast",
        "The report writes a verdict's name in white on its colour: in light mode, and in the dark page's colour on its dark-colour: in dark mode, which WCAG AA wants at a contrast of 4.5:1 or more. Choose a darker colour: (or a lighter dark-colour:).");

    /// <summary>FC0023: a second scale, or a verdict: entry with no scale: before it.</summary>
    public static readonly CheckDiagnosticDescriptor MisplacedScale = new(
        DiagnosticIds.MisplacedScale,
        CheckSeverity.Error,
        "Scale declared twice or verdict outside a scale",
        "A project has one verdict scale: a scale: entry followed, in the same file, by its verdict: entries. A second scale, or a verdict: entry with no scale: before it in its file, is not used: remove it or move it under the project's scale.");

    /// <summary>FC0030: a correction dated before the claim's <c>reviewed:</c> date.</summary>
    public static readonly CheckDiagnosticDescriptor CorrectionBeforeReview = new(
        DiagnosticIds.CorrectionBeforeReview,
        CheckSeverity.Error,
        "Correction before review",
        "A correction changes a check after it was reviewed and published, so it cannot be dated before the claim's reviewed: date. The diagnostic stands at the correction's date; correct the date, or the reviewed: date.");

    /// <summary>FC0031: a correction dated after the day of the build or the report.</summary>
    public static readonly CheckDiagnosticDescriptor CorrectionInFuture = new(
        DiagnosticIds.CorrectionInFuture,
        CheckSeverity.Error,
        "Correction in the future",
        "A correction records a change already made, so its date cannot be later than the day after the UTC date of the build or the report (the build's FactCheckToday, from SOURCE_DATE_EPOCH or the clock). The diagnostic stands at the correction's date; date it the day the change was made.");

    /// <summary>Gets every descriptor, in id order.</summary>
    public static IReadOnlyList<CheckDiagnosticDescriptor> All { get; } =
    [
        SyntaxError,
        UnknownField,
        UnknownSource,
        QuoteNotFound,
        UnknownVerdict,
        DuplicateClaimId,
        MissingField,
        DuplicateField,
        UnknownLinkedClaim,
        VerdictWithoutEvidence,
        EvidenceNotFound,
        NameCollision,
        MalformedValue,
        DuplicateSource,
        InputTooLarge,
        ContradictoryLink,
        DuplicateValue,
        NotUtf8,
        SourceNameNotWord,
        DuplicateVerdict,
        RatingOutsideScale,
        LowContrastColour,
        MisplacedScale,
        CorrectionBeforeReview,
        CorrectionInFuture,
    ];
}
