using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Compares runtime objects field by field, naming the claim or source and the field that differ.</summary>
public static class ModelAssert
{
    /// <summary>Asserts that the generated code built the same objects as FactCheck.Language's model builder.</summary>
    public static void Equal(CheckModel expected, IReadOnlyList<SourceDocument> actualSources, IReadOnlyList<Claim> actualClaims)
    {
        Assert.Equal(expected.Sources.Select(source => source.Id), actualSources.Select(source => source.Id));
        for (int i = 0; i < expected.Sources.Count; i++)
        {
            Equal(expected.Sources[i], actualSources[i], $"Sources[{expected.Sources[i].Id}]");
        }

        Assert.Equal(expected.Claims.Select(claim => claim.Id), actualClaims.Select(claim => claim.Id));
        for (int i = 0; i < expected.Claims.Count; i++)
        {
            Equal(expected.Claims[i], actualClaims[i]);
        }
    }

    /// <summary>Asserts that two claims agree in every field.</summary>
    public static void Equal(Claim expected, Claim actual)
    {
        string where = $"Claims[{expected.Id}]";
        Same(expected.Id, actual.Id, where, nameof(Claim.Id));
        Same(expected.Text, actual.Text, where, nameof(Claim.Text));
        Same(expected.Verdict, actual.Verdict, where, nameof(Claim.Verdict));
        Equal(expected.Source, actual.Source, where + ".Source");
        Equal(expected.Match, actual.Match, where + ".Match");
        Same(expected.Location.FilePath, actual.Location.FilePath, where, "Location.FilePath");
        Same(expected.Location.Line, actual.Location.Line, where, "Location.Line");
        Same(expected.Location.Column, actual.Location.Column, where, "Location.Column");
        Same(expected.Quote, actual.Quote, where, nameof(Claim.Quote));
        Same(expected.Claimant, actual.Claimant, where, nameof(Claim.Claimant));
        Same(expected.Evidence.Count, actual.Evidence.Count, where, "Evidence.Count");
        for (int i = 0; i < expected.Evidence.Count; i++)
        {
            Equal(expected.Evidence[i], actual.Evidence[i], $"{where}.Evidence[{i}]");
        }

        Same(expected.Note, actual.Note, where, nameof(Claim.Note));
        Same(Exact(expected.Said), Exact(actual.Said), where, nameof(Claim.Said));
        Same(Exact(expected.Reviewed), Exact(actual.Reviewed), where, nameof(Claim.Reviewed));
        Same(expected.Reviewer, actual.Reviewer, where, nameof(Claim.Reviewer));
        Sequence(expected.Tags, actual.Tags, where, nameof(Claim.Tags));
        Sequence(expected.Supports, actual.Supports, where, nameof(Claim.Supports));
        Sequence(expected.Contradicts, actual.Contradicts, where, nameof(Claim.Contradicts));
    }

    private static void Equal(SourceDocument expected, SourceDocument actual, string where)
    {
        Same(expected.Id, actual.Id, where, nameof(SourceDocument.Id));
        Same(expected.FileName, actual.FileName, where, nameof(SourceDocument.FileName));
        Same(expected.Text, actual.Text, where, nameof(SourceDocument.Text));
        Same(expected.Title, actual.Title, where, nameof(SourceDocument.Title));
        Same(expected.Author, actual.Author, where, nameof(SourceDocument.Author));
        Same(expected.Url?.OriginalString, actual.Url?.OriginalString, where, nameof(SourceDocument.Url));
        Same(Exact(expected.Published), Exact(actual.Published), where, nameof(SourceDocument.Published));
    }

    private static void Equal(Evidence expected, Evidence actual, string where)
    {
        Same(expected.Kind, actual.Kind, where, nameof(Evidence.Kind));
        Same(expected.Quote, actual.Quote, where, nameof(Evidence.Quote));
        Same(expected.Url?.OriginalString, actual.Url?.OriginalString, where, nameof(Evidence.Url));
        Same(expected.Passage is null, actual.Passage is null, where, "Passage is null");
        if (expected.Passage is not null)
        {
            Equal(expected.Passage, actual.Passage!, where + ".Passage");
        }
    }

    private static void Equal(SourcePassage expected, SourcePassage actual, string where)
    {
        Same(expected.SourceId, actual.SourceId, where, nameof(SourcePassage.SourceId));
        Same(expected.Start.Offset, actual.Start.Offset, where, "Start.Offset");
        Same(expected.Start.Line, actual.Start.Line, where, "Start.Line");
        Same(expected.Start.Column, actual.Start.Column, where, "Start.Column");
        Same(expected.Length, actual.Length, where, nameof(SourcePassage.Length));
    }

    private static void Sequence(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string where, string field)
    {
        Same(expected.Count, actual.Count, where, field + ".Count");
        for (int i = 0; i < expected.Count; i++)
        {
            Same(expected[i], actual[i], where, $"{field}[{i}]");
        }
    }

    /// <summary>A date with its kind: <see cref="DateTime"/> equality ignores the kind, which a report would show.</summary>
    private static string? Exact(DateTime? value) => value?.ToString("o", System.Globalization.CultureInfo.InvariantCulture);

    private static void Same<T>(T expected, T actual, string where, string field)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Assert.Fail($"{where}.{field} differs.\nExpected: {Show(expected)}\nActual:   {Show(actual)}");
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
