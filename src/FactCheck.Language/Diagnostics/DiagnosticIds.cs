namespace FactCheck.Language.Diagnostics;

/// <summary>The stable FC ids as constants, for code (and analyzer tooling) that needs them at compile time.</summary>
public static class DiagnosticIds
{
    /// <summary>Syntax error.</summary>
    public const string SyntaxError = "FC0001";

    /// <summary>Unknown field.</summary>
    public const string UnknownField = "FC0002";

    /// <summary>Unknown source.</summary>
    public const string UnknownSource = "FC0003";

    /// <summary>Quote not found in source.</summary>
    public const string QuoteNotFound = "FC0004";

    /// <summary>Unknown verdict.</summary>
    public const string UnknownVerdict = "FC0005";

    /// <summary>Duplicate claim id.</summary>
    public const string DuplicateClaimId = "FC0006";

    /// <summary>Required field missing.</summary>
    public const string MissingField = "FC0007";

    /// <summary>Field given twice.</summary>
    public const string DuplicateField = "FC0008";

    /// <summary>Linked claim not found.</summary>
    public const string UnknownLinkedClaim = "FC0009";

    /// <summary>Verdict needs evidence.</summary>
    public const string VerdictWithoutEvidence = "FC0010";

    /// <summary>Evidence not found in source.</summary>
    public const string EvidenceNotFound = "FC0011";

    /// <summary>Generated name collision.</summary>
    public const string NameCollision = "FC0012";

    /// <summary>Malformed value.</summary>
    public const string MalformedValue = "FC0013";

    /// <summary>Duplicate source id.</summary>
    public const string DuplicateSource = "FC0014";

    /// <summary>Input too large.</summary>
    public const string InputTooLarge = "FC0015";

    /// <summary>A claim linking to itself, or supporting and contradicting one claim.</summary>
    public const string ContradictoryLink = "FC0016";

    /// <summary>A tag, link or evidence given twice, dropped.</summary>
    public const string DuplicateValue = "FC0017";

    /// <summary>File not UTF-8.</summary>
    public const string NotUtf8 = "FC0018";

    /// <summary>Source file name gives no id.</summary>
    public const string SourceNameNotWord = "FC0019";

    /// <summary>A verdict keyword declared twice in a scale.</summary>
    public const string DuplicateVerdict = "FC0020";

    /// <summary>A verdict's rating outside its scale's best and worst.</summary>
    public const string RatingOutsideScale = "FC0021";

    /// <summary>A verdict colour without enough contrast for its badge's text.</summary>
    public const string LowContrastColour = "FC0022";

    /// <summary>A second scale in a project, or a verdict outside a scale.</summary>
    public const string MisplacedScale = "FC0023";

    /// <summary>A correction dated before the claim's review.</summary>
    public const string CorrectionBeforeReview = "FC0030";

    /// <summary>A correction dated in the future of the build or the report.</summary>
    public const string CorrectionInFuture = "FC0031";
}
