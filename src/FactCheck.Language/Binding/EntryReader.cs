using System.Collections.Generic;
using System.Linq;
using FactCheck.Fields;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Language.Binding;

/// <summary>
/// Reads one entry's fields against its field table: reports unknown and repeated fields, then hands out each
/// field's value in the form the field takes, reporting values of the wrong form.
/// </summary>
internal sealed class EntryReader
{
    private readonly string _path;
    private readonly EntrySyntax _entry;
    private readonly IReadOnlyList<FieldSpec> _specs;
    private readonly List<CheckDiagnostic> _diagnostics;

    // The first occurrence of each field, by the field's place in the table: no dictionary or list per entry. A
    // repeatable field's later occurrences are found in the entry again when asked for.
    private readonly FieldSyntax?[] _first;

    private readonly List<DatedCorrection> _correctionsRead = [];

    public EntryReader(string path, EntrySyntax entry, IReadOnlyList<FieldSpec> specs, IReadOnlyList<FieldSpec> otherSpecs, string entryName, List<CheckDiagnostic> diagnostics)
    {
        _path = path;
        _entry = entry;
        _specs = specs;
        _diagnostics = diagnostics;
        _first = new FieldSyntax?[specs.Count];
        foreach (FieldSyntax field in entry.Fields)
        {
            int index = IndexOf(specs, field.Name);
            if (index < 0)
            {
                bool otherKind = IndexOf(otherSpecs, field.Name) >= 0;
                string? closest = otherKind ? null : Suggestions.Closest(field.Name, Names(specs));
                string hint = otherKind
                    ? $" '{field.Name}:' belongs to the other kind of entry."
                    : Suggestions.DidYouMean(closest);
                Report(DiagnosticCatalog.UnknownField, field.NameRange, $"A {entryName} has no field '{field.Name}:'.{hint} Its fields are {string.Join(", ", Names(specs))}.", Suggestions.Replace(field.NameRange, closest));
                continue;
            }

            if (field.Values.Count == 0)
            {
                Report(DiagnosticCatalog.MalformedValue, field.NameRange, $"'{field.Name}:' has no value: write {Expected(specs[index].Shape)} after the colon, or remove the field.");
            }

            if (_first[index] is not { } first)
            {
                _first[index] = field;
            }
            else if (!specs[index].Repeatable)
            {
                Report(DiagnosticCatalog.DuplicateField, field.NameRange, $"'{field.Name}:' is given twice in this {entryName} (first at line {first.NameRange.Start.Line}, column {first.NameRange.Start.Column}): keep one.");
            }
        }
    }

    /// <summary>Gets whether any error was reported for this entry.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Gets the corrections <see cref="Value"/> read, with where each date stands, for the checks of their dates.</summary>
    public IReadOnlyList<DatedCorrection> CorrectionsRead => _correctionsRead;

    /// <summary>Gets the names of a table's fields, in order.</summary>
    public static IEnumerable<string> Names(IReadOnlyList<FieldSpec> specs) => specs.Select(spec => spec.Name);

    public bool Has(FieldSpec spec) => Single(spec) is not null;

    public IEnumerable<FieldSyntax> All(FieldSpec spec)
    {
        int index = IndexOf(_specs, spec.Name);
        if (index < 0 || _first[index] is not { } first)
        {
            return [];
        }

        return spec.Repeatable ? Occurrences(spec.Name) : [first];
    }

    public FieldSyntax? Single(FieldSpec spec)
    {
        int index = IndexOf(_specs, spec.Name);
        return index < 0 ? null : _first[index];
    }

    /// <summary>Reads a plain field's value in the form its shape gives: a string, a date, or the distinct words of a list.</summary>
    /// <returns>The value, or <see langword="null"/> when the field is absent or its value was reported.</returns>
    public object? Value(FieldSpec spec) => spec.Shape switch
    {
        FieldShape.Word => Word(spec, "a word")?.Text,
        FieldShape.Text => Text(spec)?.Text,
        FieldShape.Party => Party(spec),
        FieldShape.Date => Date(spec),
        FieldShape.Url => Url(spec),
        FieldShape.WordList => DistinctWords(spec)?.Select(word => word.Text).ToArray(),
        FieldShape.Correction => Corrections(spec),
        _ => throw new System.ArgumentException($"'{spec.Name}:' is not a plain field.", nameof(spec)),
    };

    /// <summary>Reads a list field's words, dropping a word the list already holds with a warning at the repetition.</summary>
    /// <returns>The words, or <see langword="null"/> when an occurrence is not a list of words.</returns>
    public List<ValueToken>? DistinctWords(FieldSpec spec)
    {
        List<ValueToken>? words = WordList(spec);
        if (words is null || words.Count < 2)
        {
            return words;
        }

        var distinct = new List<ValueToken>(words.Count);
        foreach (ValueToken word in words)
        {
            if (distinct.Find(kept => kept.Text == word.Text) is { } first)
            {
                Report(DiagnosticCatalog.DuplicateValue, word.Range, $"'{word.Text}' is already in {spec.Name}: at line {first.Range.Start.Line}, column {first.Range.Start.Column}: this one is dropped; remove it.");
            }
            else
            {
                distinct.Add(word);
            }
        }

        return distinct;
    }

    public ValueToken? Word(FieldSpec spec, string what)
    {
        string name = spec.Name;
        FieldSyntax? field = Single(spec);
        if (field is null || field.Values.Count == 0)
        {
            return null;
        }

        if (field.Values.Count == 1 && field.Values[0].Kind == TokenKind.Word)
        {
            return field.Values[0];
        }

        string found = field.Values.Count switch
        {
            1 when field.Values[0].Kind == TokenKind.QuotedString => $"a string; write it without quotes, as {name}: {Sanitize(field.Values[0].Text)}",
            1 => "a comma",
            _ => $"{field.Values.Count} values",
        };
        Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes {what} (one word), but found {found}.");
        return null;
    }

    public ValueToken? Text(FieldSpec spec)
    {
        string name = spec.Name;
        FieldSyntax? field = Single(spec);
        if (field is null || field.Values.Count == 0)
        {
            return null;
        }

        if (field.Values.Count == 1 && field.Values[0].Kind == TokenKind.QuotedString)
        {
            if (IsBlank(field.Values[0].Text))
            {
                Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' is empty (white space and invisible characters do not count): write its text between the quotes, or leave the field out.");
                return null;
            }

            return field.Values[0];
        }

        Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes one 'string' in quotes; put the whole value in quotes, as {name}: '...'.");
        return null;
    }

    /// <summary>Reads a name in quotes, optionally after the word that says whether it names a person or an organisation.</summary>
    /// <returns>The name and its kind (a person when unmarked), or <see langword="null"/> when the field is absent or its value was reported.</returns>
    public Party? Party(FieldSpec spec)
    {
        string name = spec.Name;
        FieldSyntax? field = Single(spec);
        if (field is null || field.Values.Count == 0)
        {
            return null;
        }

        string forms = $"{name}: '...', {name}: person '...' or {name}: organization '...' (a name alone is a person's)";
        EquatableArray<ValueToken> values = field.Values;
        bool marked = values.Count == 2 && values[0].Kind == TokenKind.Word && values[1].Kind == TokenKind.QuotedString;
        if (!marked && (values.Count != 1 || values[0].Kind != TokenKind.QuotedString))
        {
            Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes a name in quotes, optionally after person or organization: put the whole value in quotes, as {forms}.");
            return null;
        }

        // The type is named in full: this class's Party method hides it.
        PartyKind kind = PartyKind.Person;
        if (marked && !FactCheck.Fields.Party.TryParseKind(values[0].Text, out kind))
        {
            string? closest = Suggestions.Closest(values[0].Text, FactCheck.Fields.Party.Keywords);
            Report(DiagnosticCatalog.MalformedValue, values[0].Range, $"'{name}:' takes person or organization before the name, not '{Sanitize(values[0].Text)}'.{Suggestions.DidYouMean(closest)} Write {forms}.", Suggestions.Replace(values[0].Range, closest));
            return null;
        }

        ValueToken text = values[values.Count - 1];
        if (IsBlank(text.Text))
        {
            Report(DiagnosticCatalog.MalformedValue, text.Range, $"'{name}:' is empty (white space and invisible characters do not count): write the name between the quotes, or leave the field out.");
            return null;
        }

        return new Party(text.Text, kind);
    }

    /// <summary>Describes the value a field of the given shape takes, for a message.</summary>
    private static string Expected(FieldShape shape) => shape switch
    {
        FieldShape.Word => "a word",
        FieldShape.Text => "a 'string'",
        FieldShape.Party => "a name in quotes, optionally after person or organization",
        FieldShape.Date => "a date (YYYY-MM-DD)",
        FieldShape.Url => "an address in quotes ('https://...')",
        FieldShape.WordList => "one or more words separated by commas",
        FieldShape.Correction => "its date and what changed and why ('YYYY-MM-DD' then a 'string')",
        _ => "a passage (<source-id> '<words of the source>') or a link ('<https://...>')",
    };

    /// <summary>Gets whether a text holds nothing but white space and invisible characters, which matching drops too.</summary>
    public static bool IsBlank(string text) => Matching.NormalizedText.IsBlank(text);

    public CalendarDate? Date(FieldSpec spec)
    {
        string name = spec.Name;
        FieldSyntax? field = Single(spec);
        if (field is null || field.Values.Count == 0)
        {
            return null;
        }

        if (field.Values.Count == 1 && field.Values[0].Kind == TokenKind.Word && CalendarDateParser.TryParse(field.Values[0].Text) is { } date)
        {
            return date;
        }

        Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes a date written YYYY-MM-DD that exists on the calendar, such as 2020-01-05.");
        return null;
    }

    public string? Url(FieldSpec spec)
    {
        string name = spec.Name;
        FieldSyntax? field = Single(spec);
        if (field is null || field.Values.Count == 0)
        {
            return null;
        }

        if (field.Values.Count != 1 || field.Values[0].Kind != TokenKind.QuotedString)
        {
            Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes an absolute http or https address in quotes, such as {name}: 'https://example.org/article'.");
            return null;
        }

        if (WebAddress.TryRead(field.Values[0].Text, out string canonical, out string problem))
        {
            return canonical;
        }

        Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes an absolute http or https address in quotes, such as {name}: 'https://example.org/article', but '{Sanitize(field.Values[0].Text)}' {problem}.");
        return null;
    }

    /// <summary>Reads every occurrence of a corrections field, <c>YYYY-MM-DD 'what changed and why'</c>, into <see cref="CorrectionsRead"/>.</summary>
    /// <returns>The corrections that read, in the order written, or <see langword="null"/> when there are none.</returns>
    private Correction[]? Corrections(FieldSpec spec)
    {
        string name = spec.Name;
        int first = _correctionsRead.Count;
        foreach (FieldSyntax field in All(spec))
        {
            EquatableArray<ValueToken> values = field.Values;
            if (values.Count == 0)
            {
                continue;
            }

            if (values.Count != 2 || values[0].Kind != TokenKind.Word || values[1].Kind != TokenKind.QuotedString)
            {
                Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes the correction's date and what changed and why, in quotes, such as {name}: 2026-11-29 'The note gave the wrong year; it now says 2019.'");
            }
            else if (CalendarDateParser.TryParse(values[0].Text) is not { } date)
            {
                Report(DiagnosticCatalog.MalformedValue, values[0].Range, $"'{name}:' takes a date written YYYY-MM-DD that exists on the calendar, such as 2020-01-05, before what changed and why.");
            }
            else if (IsBlank(values[1].Text))
            {
                Report(DiagnosticCatalog.MalformedValue, values[1].Range, $"'{name}:' is empty (white space and invisible characters do not count): write what changed and why between the quotes.");
            }
            else
            {
                _correctionsRead.Add(new DatedCorrection(new Correction(date, values[1].Text), values[0].Range));
            }
        }

        return _correctionsRead.Count == first ? null : _correctionsRead.Skip(first).Select(read => read.Correction).ToArray();
    }

    /// <summary>Reads every occurrence of a list field: <c>word (, word)*</c>.</summary>
    /// <returns>The words, or <see langword="null"/> when an occurrence is not a list of words.</returns>
    public List<ValueToken>? WordList(FieldSpec spec)
    {
        string name = spec.Name;
        var words = new List<ValueToken>();
        bool wellFormed = true;
        foreach (FieldSyntax field in All(spec))
        {
            if (field.Values.Count == 0)
            {
                wellFormed = false;
            }
            else if (IsWordList(field.Values))
            {
                // Words stand at the even places, commas between them.
                for (int i = 0; i < field.Values.Count; i += 2)
                {
                    words.Add(field.Values[i]);
                }
            }
            else
            {
                wellFormed = false;
                Report(DiagnosticCatalog.MalformedValue, field.ValueRange, $"'{name}:' takes one or more words separated by commas, such as {name}: iraq, iran.");
            }
        }

        return wellFormed ? words : null;
    }

    public void Report(CheckDiagnosticDescriptor descriptor, TextRange range, string message, CheckFix? fix = null)
    {
        HasErrors |= descriptor.Severity == CheckSeverity.Error;
        _diagnostics.Add(descriptor.At(_path, range, message, fix));
    }

    /// <summary>Shortens text quoted back in a message.</summary>
    public static string Sanitize(string text)
    {
        string oneLine = text.Replace("\r\n", " ").Replace("\r", " ").Replace("\n", " ");
        return oneLine.Length > 60 ? oneLine.Substring(0, 60) + "..." : oneLine;
    }

    private static int IndexOf(IReadOnlyList<FieldSpec> specs, string name)
    {
        for (int i = 0; i < specs.Count; i++)
        {
            if (specs[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private IEnumerable<FieldSyntax> Occurrences(string name)
    {
        foreach (FieldSyntax field in _entry.Fields)
        {
            if (field.Name == name)
            {
                yield return field;
            }
        }
    }

    private static bool IsWordList(EquatableArray<ValueToken> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            TokenKind expected = i % 2 == 0 ? TokenKind.Word : TokenKind.Comma;
            if (values[i].Kind != expected)
            {
                return false;
            }
        }

        return values.Count % 2 == 1;
    }
}
