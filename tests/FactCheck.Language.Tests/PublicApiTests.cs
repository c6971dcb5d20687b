using System;
using System.Collections.Generic;
using System.Linq;

namespace FactCheck.Language.Tests;

/// <summary>FactCheck.Language's public types are the ones a caller uses; a type made public by accident fails here.</summary>
public sealed class PublicApiTests
{
    private static readonly string[] s_expected =
    [
        "FactCheck.Language.CheckCompilation",
        "FactCheck.Language.CheckModel",
        "FactCheck.Language.Diagnostics.CheckDiagnostic",
        "FactCheck.Language.Diagnostics.CheckDiagnosticDescriptor",
        "FactCheck.Language.Diagnostics.CheckFix",
        "FactCheck.Language.Diagnostics.CheckSeverity",
        "FactCheck.Language.Diagnostics.DiagnosticCatalog",
        "FactCheck.Language.Diagnostics.DiagnosticIds",
        "FactCheck.Language.InputLimits",
        "FactCheck.Language.ProjectDefaults",
        "FactCheck.Language.Sources.TextFile",
        "FactCheck.Language.Text.TextRange",
    ];

    [Fact]
    public void Only_the_types_a_caller_uses_are_public()
    {
        IEnumerable<string> exported = typeof(CheckCompilation).Assembly.GetExportedTypes()
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(s_expected.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public void The_diagnostics_are_a_read_only_list_not_the_generators_caching_type()
    {
        Type diagnostics = typeof(CheckCompilation).GetProperty(nameof(CheckCompilation.Diagnostics))!.PropertyType;

        Assert.Equal(typeof(IReadOnlyList<Diagnostics.CheckDiagnostic>), diagnostics);
    }
}
