using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCheck.Compiled;
using FactCheck.Fields;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Fields;

/// <summary>The field table is the one description of the language's fields: the README and the compiled form follow it.</summary>
public sealed class FieldTableTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void The_readme_lists_every_claim_field_in_the_order_of_the_table()
    {
        string section = Section("### Claim fields");
        string[] documented = [.. Regex.Matches(section, @"^\| `([a-z]+)` \|", RegexOptions.Multiline).Select(match => match.Groups[1].Value)];

        Assert.Equal(ClaimFields.All.Select(field => field.Name), documented);
    }

    [Fact]
    public void The_readme_names_every_document_field()
    {
        string section = Section("### Document fields");

        Assert.All(DocumentFields.All, field => Assert.Contains($"`{field.Name}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_lists_every_scale_and_verdict_field_in_the_order_of_the_tables()
    {
        string section = Section("### Verdict scales");
        string[] documented = [.. Regex.Matches(section, @"^\| `([a-z-]+)`", RegexOptions.Multiline).Select(match => match.Groups[1].Value)];

        Assert.Equal([.. ScaleFields.All.Take(1).Select(field => field.Name), .. VerdictFields.All.Select(field => field.Name)], documented);
        Assert.All(ScaleFields.All, field => Assert.Contains($"`{field.Name}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_fields_are_numbered_in_table_order_and_only_they_have_values()
    {
        Assert.Equal(ClaimFields.All.Where(field => field.IsPlain), ClaimFields.Plain);
        FieldSpec bound = ClaimFields.Source;

        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(bound, "000"));
        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(DocumentFields.Title, "A title"));
    }

    [Fact]
    public void A_value_must_have_the_form_of_its_field()
    {
        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(ClaimFields.Said, "2020-01-05"));
        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(ClaimFields.Note, new CalendarDate(2020, 1, 5)));
        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(ClaimFields.Tags, new string?[] { "a", null }));
        Assert.Null(FieldValues.Empty.With(ClaimFields.Tags, Array.Empty<string>())[ClaimFields.Tags]);
        Assert.Throws<ArgumentException>(() => FieldValues.Empty.With(ClaimFields.By, new CalendarDate(2020, 1, 5)));
    }

    [Fact]
    public void A_party_field_reads_a_bare_name_as_a_person_as_the_language_does()
    {
        FieldValues values = FieldValues.Empty.With(ClaimFields.By, "Duns Scotus").With(ClaimFields.Reviewer, new Party("FactCheck desk", PartyKind.Organization));

        Assert.Equal(new Party("Duns Scotus", PartyKind.Person), values.Party(ClaimFields.By));
        Assert.Equal(new Party("FactCheck desk", PartyKind.Organization), values[ClaimFields.Reviewer]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Party("x", (PartyKind)2));
    }

    [Fact]
    public void Values_compare_by_value_word_lists_included()
    {
        FieldValues first = FieldValues.Empty.With(ClaimFields.Tags, new[] { "iraq", "iran" }).With(ClaimFields.Note, "A note");
        FieldValues second = FieldValues.Empty.With(ClaimFields.Note, "A note").With(ClaimFields.Tags, new[] { "iraq", "iran" });

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second.With(ClaimFields.Tags, new[] { "iran", "iraq" }));
    }

    [Fact]
    public void Values_made_at_once_equal_values_set_one_by_one_and_are_checked_alike()
    {
        FieldValues oneByOne = FieldValues.Empty.With(ClaimFields.Note, "A note").With(ClaimFields.Tags, new[] { "iraq" });

        Assert.Equal(oneByOne, FieldValues.Create(field => field == ClaimFields.Note ? "A note" : field == ClaimFields.Tags ? new[] { "iraq" } : null));
        Assert.Throws<ArgumentException>(() => FieldValues.Create(field => field == ClaimFields.Said ? "2020-01-05" : null));
    }

    [Fact]
    public void The_compiled_form_version_follows_the_table()
    {
        FieldSpec added = FieldSpec.Plain("language", FieldShape.Word, "language", "The language the claim was made in.");

        Assert.Equal(CompiledFormat.Version, CompiledFormat.FromTable(4, ClaimFields.All));
        Assert.NotEqual(CompiledFormat.Version, CompiledFormat.FromTable(4, [.. ClaimFields.All, added]));
        Assert.NotEqual(CompiledFormat.Version, CompiledFormat.FromTable(4, ClaimFields.All.Reverse()));
    }

    private static string Section(string heading)
    {
        int start = s_readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no '{heading}' section.");
        int end = s_readme.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return s_readme.Substring(start, (end < 0 ? s_readme.Length : end) - start);
    }
}
