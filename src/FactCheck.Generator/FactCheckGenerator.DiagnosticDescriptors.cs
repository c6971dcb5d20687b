using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator;

/// <summary>
/// The Roslyn face of FactCheck.Language's diagnostic catalogue. Ids and severities are constants here because
/// analyzer release tracking reads them at compile time; a test checks they agree with the catalogue.
/// </summary>
public sealed partial class FactCheckGenerator
{
    internal static readonly DiagnosticDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, DiagnosticSeverity.Error, DiagnosticCatalog.SyntaxError);
    internal static readonly DiagnosticDescriptor UnknownField = Create(DiagnosticIds.UnknownField, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownField);
    internal static readonly DiagnosticDescriptor UnknownSource = Create(DiagnosticIds.UnknownSource, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownSource);
    internal static readonly DiagnosticDescriptor QuoteNotFound = Create(DiagnosticIds.QuoteNotFound, DiagnosticSeverity.Error, DiagnosticCatalog.QuoteNotFound);
    internal static readonly DiagnosticDescriptor UnknownVerdict = Create(DiagnosticIds.UnknownVerdict, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownVerdict);
    internal static readonly DiagnosticDescriptor DuplicateClaimId = Create(DiagnosticIds.DuplicateClaimId, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateClaimId);
    internal static readonly DiagnosticDescriptor MissingField = Create(DiagnosticIds.MissingField, DiagnosticSeverity.Error, DiagnosticCatalog.MissingField);
    internal static readonly DiagnosticDescriptor DuplicateField = Create(DiagnosticIds.DuplicateField, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateField);
    internal static readonly DiagnosticDescriptor UnknownLinkedClaim = Create(DiagnosticIds.UnknownLinkedClaim, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownLinkedClaim);
    internal static readonly DiagnosticDescriptor VerdictWithoutEvidence = Create(DiagnosticIds.VerdictWithoutEvidence, DiagnosticSeverity.Warning, DiagnosticCatalog.VerdictWithoutEvidence);
    internal static readonly DiagnosticDescriptor EvidenceNotFound = Create(DiagnosticIds.EvidenceNotFound, DiagnosticSeverity.Error, DiagnosticCatalog.EvidenceNotFound);
    internal static readonly DiagnosticDescriptor NameCollision = Create(DiagnosticIds.NameCollision, DiagnosticSeverity.Error, DiagnosticCatalog.NameCollision);
    internal static readonly DiagnosticDescriptor MalformedValue = Create(DiagnosticIds.MalformedValue, DiagnosticSeverity.Error, DiagnosticCatalog.MalformedValue);
    internal static readonly DiagnosticDescriptor DuplicateSource = Create(DiagnosticIds.DuplicateSource, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateSource);
    internal static readonly DiagnosticDescriptor InputTooLarge = Create(DiagnosticIds.InputTooLarge, DiagnosticSeverity.Error, DiagnosticCatalog.InputTooLarge);
    internal static readonly DiagnosticDescriptor ContradictoryLink = Create(DiagnosticIds.ContradictoryLink, DiagnosticSeverity.Error, DiagnosticCatalog.ContradictoryLink);
    internal static readonly DiagnosticDescriptor DuplicateValue = Create(DiagnosticIds.DuplicateValue, DiagnosticSeverity.Warning, DiagnosticCatalog.DuplicateValue);
    internal static readonly DiagnosticDescriptor NotUtf8 = Create(DiagnosticIds.NotUtf8, DiagnosticSeverity.Error, DiagnosticCatalog.NotUtf8);
    internal static readonly DiagnosticDescriptor SourceNameNotWord = Create(DiagnosticIds.SourceNameNotWord, DiagnosticSeverity.Error, DiagnosticCatalog.SourceNameNotWord);
    internal static readonly DiagnosticDescriptor DuplicateVerdict = Create(DiagnosticIds.DuplicateVerdict, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateVerdict);
    internal static readonly DiagnosticDescriptor RatingOutsideScale = Create(DiagnosticIds.RatingOutsideScale, DiagnosticSeverity.Error, DiagnosticCatalog.RatingOutsideScale);
    internal static readonly DiagnosticDescriptor LowContrastColour = Create(DiagnosticIds.LowContrastColour, DiagnosticSeverity.Error, DiagnosticCatalog.LowContrastColour);
    internal static readonly DiagnosticDescriptor MisplacedScale = Create(DiagnosticIds.MisplacedScale, DiagnosticSeverity.Error, DiagnosticCatalog.MisplacedScale);
    internal static readonly DiagnosticDescriptor CorrectionBeforeReview = Create(DiagnosticIds.CorrectionBeforeReview, DiagnosticSeverity.Error, DiagnosticCatalog.CorrectionBeforeReview);
    internal static readonly DiagnosticDescriptor CorrectionInFuture = Create(DiagnosticIds.CorrectionInFuture, DiagnosticSeverity.Error, DiagnosticCatalog.CorrectionInFuture);

    internal static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> DescriptorsById = new[]
    {
        SyntaxError, UnknownField, UnknownSource, QuoteNotFound, UnknownVerdict, DuplicateClaimId, MissingField,
        DuplicateField, UnknownLinkedClaim, VerdictWithoutEvidence, EvidenceNotFound, NameCollision, MalformedValue, DuplicateSource,
        InputTooLarge, ContradictoryLink, DuplicateValue, NotUtf8, SourceNameNotWord,
        DuplicateVerdict, RatingOutsideScale, LowContrastColour, MisplacedScale,
        CorrectionBeforeReview, CorrectionInFuture,
    }.ToDictionary(descriptor => descriptor.Id);

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, CheckDiagnosticDescriptor entry) =>
        new(id, entry.Title, "{0}", DiagnosticCatalog.Category, severity, isEnabledByDefault: true, description: entry.Description);
}
