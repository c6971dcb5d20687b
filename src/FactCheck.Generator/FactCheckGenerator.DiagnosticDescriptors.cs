using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using CheckDescriptor = FactCheck.Language.Diagnostics.DiagnosticDescriptor;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace FactCheck.Generator;

/// <summary>
/// The Roslyn face of FactCheck.Language's diagnostic catalogue. Ids and severities are constants here because
/// analyzer release tracking reads them at compile time; a test checks they agree with the catalogue.
/// </summary>
public sealed partial class FactCheckGenerator
{
    internal static readonly RoslynDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, DiagnosticSeverity.Error, DiagnosticCatalog.SyntaxError);
    internal static readonly RoslynDescriptor UnknownField = Create(DiagnosticIds.UnknownField, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownField);
    internal static readonly RoslynDescriptor UnknownSource = Create(DiagnosticIds.UnknownSource, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownSource);
    internal static readonly RoslynDescriptor QuoteNotFound = Create(DiagnosticIds.QuoteNotFound, DiagnosticSeverity.Error, DiagnosticCatalog.QuoteNotFound);
    internal static readonly RoslynDescriptor UnknownVerdict = Create(DiagnosticIds.UnknownVerdict, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownVerdict);
    internal static readonly RoslynDescriptor DuplicateClaimId = Create(DiagnosticIds.DuplicateClaimId, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateClaimId);
    internal static readonly RoslynDescriptor MissingField = Create(DiagnosticIds.MissingField, DiagnosticSeverity.Error, DiagnosticCatalog.MissingField);
    internal static readonly RoslynDescriptor DuplicateField = Create(DiagnosticIds.DuplicateField, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateField);
    internal static readonly RoslynDescriptor UnknownLinkedClaim = Create(DiagnosticIds.UnknownLinkedClaim, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownLinkedClaim);
    internal static readonly RoslynDescriptor VerdictWithoutEvidence = Create(DiagnosticIds.VerdictWithoutEvidence, DiagnosticSeverity.Warning, DiagnosticCatalog.VerdictWithoutEvidence);
    internal static readonly RoslynDescriptor EvidenceNotFound = Create(DiagnosticIds.EvidenceNotFound, DiagnosticSeverity.Error, DiagnosticCatalog.EvidenceNotFound);
    internal static readonly RoslynDescriptor NameCollision = Create(DiagnosticIds.NameCollision, DiagnosticSeverity.Error, DiagnosticCatalog.NameCollision);
    internal static readonly RoslynDescriptor MalformedValue = Create(DiagnosticIds.MalformedValue, DiagnosticSeverity.Error, DiagnosticCatalog.MalformedValue);
    internal static readonly RoslynDescriptor DuplicateSource = Create(DiagnosticIds.DuplicateSource, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateSource);
    internal static readonly RoslynDescriptor InputTooLarge = Create(DiagnosticIds.InputTooLarge, DiagnosticSeverity.Error, DiagnosticCatalog.InputTooLarge);
    internal static readonly RoslynDescriptor ContradictoryLink = Create(DiagnosticIds.ContradictoryLink, DiagnosticSeverity.Error, DiagnosticCatalog.ContradictoryLink);
    internal static readonly RoslynDescriptor DuplicateValue = Create(DiagnosticIds.DuplicateValue, DiagnosticSeverity.Warning, DiagnosticCatalog.DuplicateValue);
    internal static readonly RoslynDescriptor NotUtf8 = Create(DiagnosticIds.NotUtf8, DiagnosticSeverity.Error, DiagnosticCatalog.NotUtf8);
    internal static readonly RoslynDescriptor SourceNameNotWord = Create(DiagnosticIds.SourceNameNotWord, DiagnosticSeverity.Error, DiagnosticCatalog.SourceNameNotWord);

    internal static readonly IReadOnlyDictionary<string, RoslynDescriptor> DescriptorsById = new[]
    {
        SyntaxError, UnknownField, UnknownSource, QuoteNotFound, UnknownVerdict, DuplicateClaimId, MissingField,
        DuplicateField, UnknownLinkedClaim, VerdictWithoutEvidence, EvidenceNotFound, NameCollision, MalformedValue, DuplicateSource,
        InputTooLarge, ContradictoryLink, DuplicateValue, NotUtf8, SourceNameNotWord,
    }.ToDictionary(descriptor => descriptor.Id);

    private static RoslynDescriptor Create(string id, DiagnosticSeverity severity, CheckDescriptor entry) =>
        new(id, entry.Title, "{0}", DiagnosticCatalog.Category, severity, isEnabledByDefault: true, description: entry.Description);
}
