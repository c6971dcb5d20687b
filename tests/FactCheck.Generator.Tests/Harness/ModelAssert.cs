using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactCheck.Language;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>
/// Compares runtime objects through every public property, found by reflection, so a field added to the model is
/// compared without being listed here. A claim or document reached through another (a link, a passage's document)
/// is compared by id: it is compared in full where it stands in its own list.
/// </summary>
public static class ModelAssert
{
    /// <summary>Asserts that the generated code built the same objects as FactCheck.Language's model builder.</summary>
    public static void Equal(CheckModel expected, IReadOnlyList<SourceDocument> actualSources, IReadOnlyList<Claim> actualClaims)
    {
        Assert.Equal(expected.Sources.Select(source => source.Id), actualSources.Select(source => source.Id));
        for (int i = 0; i < expected.Sources.Count; i++)
        {
            Compare(expected.Sources[i], actualSources[i], $"Sources[{expected.Sources[i].Id}]", nested: false);
        }

        Assert.Equal(expected.Claims.Select(claim => claim.Id), actualClaims.Select(claim => claim.Id));
        for (int i = 0; i < expected.Claims.Count; i++)
        {
            Equal(expected.Claims[i], actualClaims[i]);
        }
    }

    /// <summary>Asserts that two claims agree in every property.</summary>
    public static void Equal(Claim expected, Claim actual) => Compare(expected, actual, $"Claims[{expected.Id}]", nested: false);

    /// <summary>Gets the public properties compared for a type of the runtime model.</summary>
    public static IEnumerable<PropertyInfo> ComparedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0);

    private static void Compare(object? expected, object? actual, string where, bool nested)
    {
        if (expected is null || actual is null)
        {
            Same(expected is null, actual is null, where, "is null");
            return;
        }

        Type type = expected.GetType();
        Same(type, actual.GetType(), where, "GetType()");
        switch (expected)
        {
            case string or Enum or ValueType when type.Assembly != typeof(Claim).Assembly:
                Same(expected, actual, where, string.Empty);
                return;
            case Uri url:
                Same(url.OriginalString, ((Uri)actual).OriginalString, where, nameof(Uri.OriginalString));
                return;
            case VerdictScale scale:
                // A scale lists its verdicts, whose Scale is the scale again: each verdict's own properties are compared
                // where a claim holds it, and the scale by name, bounds and keywords.
                Same(Describe(scale), Describe((VerdictScale)actual), where, "Name, BestRating, WorstRating and keywords");
                return;
            case Claim or SourceDocument when nested:
                Same(Id(expected), Id(actual), where, "Id");
                return;
            case IEnumerable items:
                object?[] expectedItems = [.. items.Cast<object?>()];
                object?[] actualItems = [.. ((IEnumerable)actual).Cast<object?>()];
                Same(expectedItems.Length, actualItems.Length, where, "Count");
                for (int i = 0; i < expectedItems.Length; i++)
                {
                    Compare(expectedItems[i], actualItems[i], $"{where}[{i}]", nested: true);
                }

                return;
        }

        Assert.True(type.Assembly == typeof(Claim).Assembly, $"{where}: {type} is not a type of the runtime model; teach ModelAssert to compare it.");
        foreach (PropertyInfo property in ComparedProperties(type))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{where}.{property.Name}", nested: true);
        }
    }

    private static string Describe(VerdictScale scale) =>
        $"{scale.Name} {scale.BestRating} {scale.WorstRating}: {string.Join(", ", scale.Select(verdict => verdict.Keyword))}";

    private static string Id(object entity) => entity is Claim claim ? claim.Id : ((SourceDocument)entity).Id;

    private static void Same<T>(T expected, T actual, string where, string field)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Assert.Fail($"{where}{(field.Length == 0 ? string.Empty : "." + field)} differs.\nExpected: {Show(expected)}\nActual:   {Show(actual)}");
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
