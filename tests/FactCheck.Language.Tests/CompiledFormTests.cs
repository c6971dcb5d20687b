using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactCheck.Compiled;
using FactCheck.Fields;

namespace FactCheck.Language.Tests;

/// <summary>The runtime's compiled form: every field survives it, nothing is decoded before it is read, and what it gives cannot be changed.</summary>
public sealed class CompiledFormTests
{
    private const string Text = "Line one.\nThe quoted words, and \"more\" \\ \u2028 \ud800 after.";

    [Fact]
    public void Every_field_of_a_claim_survives_the_compiled_form()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        // Every field of the records is set here, so a field added to them must be added to this test.
        Assert.All(typeof(ClaimRecord).GetProperties().Where(property => property.GetIndexParameters().Length == 0), property => Assert.False(IsEmpty(property.GetValue(record)), property.Name));
        Assert.All(ClaimFields.Plain, field => Assert.NotNull(record[field]));
        Assert.All(typeof(SourceRecord).GetProperties(), property => Assert.False(IsEmpty(property.GetValue(source)), property.Name));

        ClaimSet claims = CompiledModel.Build([source], [[record, Linked("other")]], out SourceSet sources);
        Claim claim = claims[0];

        Assert.Equal((record.Id, record.Text, record.Verdict), (claim.Id, claim.Text, claim.Verdict.Keyword));
        Assert.Same(Verdicts.Misleading, claim.Verdict);
        Assert.Same(sources[0], claim.Source);
        Assert.Equal(new TextPosition(10, 2, 1), claim.Passage.Start);
        Assert.Equal("The quoted words", claim.Passage.Text);
        Assert.Equal(new CheckLocation("elsewhere.check", 7, 3), claim.Location);
        Assert.Equal(record.Quote, claim.Quote);
        Assert.Equal(record.Fields, claim.Fields);
        PassageEvidence quoted = Assert.IsType<PassageEvidence>(claim.Evidence[0]);
        Assert.Equal(("the quoted words", "The quoted words"), (quoted.Quote, quoted.Passage.Text));
        Assert.Equal("https://example.org/a?b=c", Assert.IsType<LinkEvidence>(claim.Evidence[1]).Url.OriginalString);
        Assert.Same(claims[1], Assert.Single(claim.Supports));
        Assert.Same(claims[1], Assert.Single(claim.Contradicts));
        Assert.Equal("the-file.check", claims[1].Location.FilePath);

        SourceDocument document = sources.Find("s1")!;
        Assert.Equal((source.Id, source.FileName, source.Text, source.Title, source.Author), (document.Id, document.FileName, document.Text, document.Title, document.Author));
        Assert.Equal((source.Url, source.Published), (document.Url!.OriginalString, document.Published));
        Assert.Equal(PartyKind.Organization, document.AuthorKind);
    }

    [Fact]
    public void Counting_and_missing_ids_decode_no_claim()
    {
        ClaimSet claims = CompiledModel.Claims(CompiledFormat.Version, [2, 0, 3], CompiledWriter.WriteIds(["a", "b", "c", "d", "e"]), _ => throw new InvalidOperationException("decoded"));

        Assert.Equal(5, claims.Count);
        Assert.Null(claims.Find("f"));
        Assert.Equal("decoded", Assert.Throws<InvalidOperationException>(() => claims.Find("c")).Message);
    }

    [Fact]
    public void A_claim_is_found_in_the_file_that_holds_it_even_after_an_empty_file()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        ClaimSet claims = CompiledModel.Build([source], [[Linked("first")], [], [record, Linked("other")]], out _);

        Assert.Equal(["first", "claim-id", "other"], claims.Select(claim => claim.Id));
        Assert.Same(claims[1], claims.Find("claim-id"));
    }

    [Fact]
    public void Another_version_of_the_compiled_form_is_refused()
    {
        NotSupportedException error = Assert.Throws<NotSupportedException>(() => CompiledModel.Sources(CompiledFormat.Version + 1, []));

        Assert.Contains("one version of the FactCheck package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plain_field_of_the_table_is_a_property_of_the_claim()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        Claim claim = CompiledModel.Build([source], [[record, Linked("other")]], out _)[0];

        Assert.All(ClaimFields.Plain, field =>
        {
            string propertyName = char.ToUpperInvariant(field.ModelName[0]) + field.ModelName.Substring(1);
            PropertyInfo? property = typeof(Claim).GetProperty(propertyName);
            Assert.True(property is not null, $"Claim has no property for '{field.Name}:' ({field.ModelName}).");
            object? value = property.GetValue(claim);
            if (record[field] is Party party)
            {
                // A party is its name, under the field's property, and its kind beside it.
                PropertyInfo? kind = typeof(Claim).GetProperty(propertyName + "Kind");
                Assert.True(kind is not null, $"Claim has no property {propertyName}Kind for '{field.Name}:'.");
                Assert.Equal<object?>(party.Name, value);
                Assert.Equal<object?>(party.Kind, kind.GetValue(claim));
            }
            else if (record[field] is IEnumerable<string> words)
            {
                Assert.Equal(words, Assert.IsAssignableFrom<IEnumerable<string>>(value));
            }
            else if (record[field] is IEnumerable<Correction> corrections)
            {
                Assert.Equal(corrections, Assert.IsAssignableFrom<IEnumerable<Correction>>(value));
            }
            else
            {
                Assert.Equal(record[field], value);
            }
        });
    }

    [Fact]
    public void No_list_of_the_model_can_be_changed_through_a_cast()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        ClaimSet claims = CompiledModel.Build([source], [[record, Linked("other")]], out _);
        Claim claim = claims[0];

        Assert.Throws<NotSupportedException>(() => ((IList<string>)claim.Tags)[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IList<Evidence>)claim.Evidence).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Claim>)claim.Supports).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Correction>)claim.Corrections).Clear());
        Assert.Equal("tag", claim.Tags[0]);
    }

    [Fact]
    public void Dates_passages_and_locations_compare_by_value()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        Claim first = CompiledModel.Build([source], [[record, Linked("other")]], out _)[0];
        Claim second = CompiledModel.Build([source], [[record, Linked("other")]], out _)[0];

        Assert.NotSame(first.Passage, second.Passage);
        Assert.Equal(first.Passage, second.Passage);
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(new CalendarDate(2020, 1, 5), first.Said);
        Assert.True(new CalendarDate(2020, 1, 5) < new CalendarDate(2020, 2, 1));
        Assert.Equal("2020-01-05", first.Said.ToString());
        Assert.Equal(DateTimeKind.Unspecified, first.Said!.Value.ToDateTime().Kind);
        Assert.NotSame(first.Corrections[0], second.Corrections[0]);
        Assert.Equal(first.Corrections, second.Corrections);
        Assert.Equal(new Correction(new CalendarDate(2020, 2, 3), "Then \"another\""), first.Corrections[1]);
        Assert.NotEqual(new Correction(new CalendarDate(2020, 2, 4), "Then \"another\""), first.Corrections[1]);
        Assert.Equal(first.Corrections[1].GetHashCode(), second.Corrections[1].GetHashCode());
    }

    [Fact]
    public void The_default_scale_finds_every_verdict_by_its_keyword_and_no_other()
    {
        Assert.All(Verdicts.Default, verdict => Assert.Same(verdict, Verdicts.Default.Find(verdict.Keyword)));
        Assert.Equal(Enumerable.Range(0, Verdicts.Default.Count), Verdicts.Default.Select(verdict => verdict.Order));
        Assert.Null(Verdicts.Default.Find("True"));
        Assert.Equal((5, 1), (Verdicts.Default.BestRating, Verdicts.Default.WorstRating));
    }

    [Fact]
    public void A_declared_scale_resolves_the_claims_keywords_and_refuses_one_it_lacks()
    {
        (ClaimRecord record, SourceRecord source) = FullRecords();
        var scale = new ScaleRecord { Name = "Named", Verdicts = { new VerdictRecord { Keyword = "misleading", Label = "Miscaptioned", Meaning = "m" } } };
        VerdictScale declared = CompiledModel.Scale(CompiledFormat.Version, scale);

        Claim claim = CompiledModel.Build([source], [[record]], declared, out _)[0];

        Assert.Same(declared[0], claim.Verdict);
        Assert.NotEqual(Verdicts.Misleading, claim.Verdict);
        Assert.Same(declared, claim.Verdict.Scale);
        record.Verdict = "true";
        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => CompiledModel.Build([source], [[record]], declared, out _)[0]);
        Assert.Contains("'true', which is not a verdict of the scale 'Named'", refused.Message, StringComparison.Ordinal);
    }

    private static (ClaimRecord Claim, SourceRecord Source) FullRecords()
    {
        var source = new SourceRecord
        {
            Id = "s1",
            FileName = "s1_doc.txt",
            Text = Text,
            Title = "A \"title\"",
            Author = "An Author",
            AuthorKind = PartyKind.Organization,
            Url = "https://example.org/doc",
            Published = new CalendarDate(2019, 12, 31),
        };
        var claim = new ClaimRecord
        {
            Id = "claim-id",
            Text = "The claim, with \"quotes\"",
            Verdict = "misleading",
            Passage = new PassageRecord { SourceId = "s1", Offset = 10, Line = 2, Column = 1, Length = 16 },
            FilePath = "elsewhere.check",
            Line = 7,
            Column = 3,
            Quote = "the quoted words",
        };
        foreach (FieldSpec field in ClaimFields.Plain)
        {
            claim[field] = SampleValue(field);
        }

        claim[ClaimFields.Said] = new CalendarDate(2020, 1, 5);

        claim.Evidence.Add(new EvidenceRecord { Quote = "the quoted words", Passage = claim.Passage });
        claim.Evidence.Add(new EvidenceRecord { Url = "https://example.org/a?b=c" });
        claim.Supports.Add("other");
        claim.Contradicts.Add("other");
        return (claim, source);
    }

    /// <summary>A value of the field's shape that no other field of the sample shares.</summary>
    private static object SampleValue(FieldSpec field) => field.Shape switch
    {
        FieldShape.Date => new CalendarDate(2020, 1, 1 + ClaimFields.Plain.ToList().IndexOf(field)),
        FieldShape.WordList => new[] { "tag", field.Name },
        FieldShape.Url => "https://example.org/" + field.Name,
        FieldShape.Word => field.Name,
        FieldShape.Party => new Party($"A {field.Name}\nover two lines", PartyKind.Organization),
        FieldShape.Correction => new[] { new Correction(new CalendarDate(2020, 2, 1), $"A {field.Name}\nover two lines"), new Correction(new CalendarDate(2020, 2, 3), "Then \"another\"") },
        _ => $"A {field.Name}\nover two lines",
    };

    private static ClaimRecord Linked(string id) => new()
    {
        Id = id,
        Text = "Another",
        Verdict = "true",
        Passage = new PassageRecord { SourceId = "s1", Offset = 0, Line = 1, Column = 1, Length = 4 },
        FilePath = "the-file.check",
        Line = 1,
        Column = 1,
    };

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        System.Collections.ICollection items => items.Count == 0,
        int number => number == 0,
        _ => false,
    };
}
