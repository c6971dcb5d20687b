using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests;

/// <summary>The generator's Roslyn descriptors, FactCheck.Language's catalogue and the analyzer release file say the same.</summary>
public sealed class DescriptorTests
{
    /// <summary>Every <c>internal static readonly DiagnosticDescriptor</c> field of the generator, found by reflection.</summary>
    private static IReadOnlyList<DiagnosticDescriptor> GeneratorDescriptors { get; } = typeof(FactCheckGenerator)
        .GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_generator_has_one_descriptor_per_catalogue_entry_with_the_same_severity_and_title()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(entry => entry.Id), GeneratorDescriptors.Select(descriptor => descriptor.Id));
        foreach ((CheckDiagnosticDescriptor entry, DiagnosticDescriptor descriptor) in DiagnosticCatalog.All.Zip(GeneratorDescriptors))
        {
            Assert.Equal(SeverityOf(entry.Severity), descriptor.DefaultSeverity);
            Assert.Equal(entry.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Description, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(DiagnosticCatalog.Category, descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
        }
    }

    [Fact]
    public void The_generator_looks_up_every_catalogue_id()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(entry => entry.Id).Order(StringComparer.Ordinal), FactCheckGenerator.DescriptorsById.Keys.Order(StringComparer.Ordinal));
        Assert.All(FactCheckGenerator.DescriptorsById, pair => Assert.Equal(pair.Key, pair.Value.Id));
    }

    [Fact]
    public void Every_id_is_in_the_unshipped_release_file_with_its_severity_and_title()
    {
        string path = Path.Combine(RepositoryPaths.Root, "src", "FactCheck.Generator", "AnalyzerReleases.Unshipped.md");
        Dictionary<string, string[]> rows = File.ReadAllLines(path)
            .Where(line => line.StartsWith("FC", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], StringComparer.Ordinal);

        Assert.Equal(DiagnosticCatalog.All.Select(entry => entry.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (CheckDiagnosticDescriptor entry in DiagnosticCatalog.All)
        {
            string[] cells = rows[entry.Id];
            Assert.Equal(DiagnosticCatalog.Category, cells[1]);
            Assert.Equal(SeverityOf(entry.Severity).ToString(), cells[2]);
            Assert.Equal(entry.Title, cells[3]);
        }
    }

    private static DiagnosticSeverity SeverityOf(CheckSeverity severity) => severity switch
    {
        CheckSeverity.Error => DiagnosticSeverity.Error,
        CheckSeverity.Warning => DiagnosticSeverity.Warning,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
