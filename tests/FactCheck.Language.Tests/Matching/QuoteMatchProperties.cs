using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using FactCheck.Language.Matching;
using FactCheck.Testing;

namespace FactCheck.Language.Tests.Matching;

/// <summary>
/// Properties of quote matching, sampled by CsCheck so that a failing case shrinks to a small one (its seed is in the
/// failure message: pass it as <c>seed:</c> to replay it). Sources are made of units, each one character of the
/// source as matching sees it (a base character with its marks), chosen where folding is tricky: case, ß, İ, ı, ﬁ,
/// full width, precomposed and combining accents, superscripts, fractions, a letter outside the BMP, soft hyphens.
/// The word-boundary oracle here is written from the rule, not from the code: a word is a run of letters, numbers and
/// combining marks, invisible format characters skipped.
/// </summary>
public sealed class QuoteMatchProperties
{
    private const string SoftHyphen = "\u00AD";

    private static readonly string[] s_wordUnits =
        ["a", "b", "s", "x", "A", "S", "\u00DF", "\uFB01", "\u0130", "i", "\u0131", "\u00E9", "e\u0301", "\uFF21", "1", "2", "\u00B3", "\u00BD", "\u03C3", "\u03C2", "\u03A3", "\U00010428"];

    private static readonly string[] s_separators = [" ", "  ", "\n", ", ", ". ", " - ", "\u2014", " (", ") ", "\u2026", "\u00A0", " '", "\""];

    // Each folds to exactly one UTF-16 unit, so that words of as many units fold to texts of one length.
    private static readonly string[] s_oneUnitLetters = ["a", "b", "c", "x", "y", "z", "A", "B", "\uFF21", "\u017F", "\u212A", "\u03C3", "\u03C2", "\u03A3", "\u0130", "\u0131", "1", "2", "\u00B3"];

    private static readonly string[] s_searchUnits = ["a", "b", "A", "s", "\u00DF", "\uFB01", "f", "i", "\u0130", SoftHyphen, " ", "-", "\u00E9", "e\u0301", "\u00BD", "1"];

    private static readonly Gen<string> s_word = Gen.Select(Gen.OneOf(s_wordUnits).Array[1, 4], Gen.Int[0, 6], WithSoftHyphen);

    private static readonly Gen<(string Word, string Separator)[]> s_text = Gen.Select(s_word, Gen.OneOf(s_separators)).Array[1, 8];

    [Fact]
    public void A_cut_of_a_source_at_word_boundaries_matches_where_it_was_cut_or_at_an_earlier_passage_that_reads_the_same()
    {
        s_text.SelectMany(parts => Gen.Select(Gen.Int[0, parts.Length - 1], Gen.Int[0, parts.Length - 1], (a, b) => (Parts: parts, First: Math.Min(a, b), Last: Math.Max(a, b))))
            .Sample(
                cut =>
                {
                    (string source, int[] starts) = Join(cut.Parts);
                    int start = starts[cut.First];
                    int end = starts[cut.Last] + cut.Parts[cut.Last].Word.Length;
                    string quote = source.Substring(start, end - start);

                    PassageMatch? match = new SourceIndex(source).Find(quote);

                    Assert.NotNull(match);
                    Assert.True(match.Offset <= start, $"matched at {match.Offset}, after the cut at {start}");
                    Assert.Equal(NormalizedText.OfQuote(quote), NormalizedText.OfQuote(source.Substring(match.Offset, match.Length)));
                    Assert.True(StandsOnWholeWords(source, match.Offset, match.Offset + match.Length), "the match starts or ends inside a word");
                    if (cut.Parts.Select(part => NormalizedText.OfQuote(part.Word)).Distinct().Count() == cut.Parts.Length)
                    {
                        // With no word twice, no earlier passage reads the same: the match is the cut.
                        Assert.Equal((start, quote.Length), (match.Offset, match.Length));
                    }
                },
                iter: FuzzSettings.Cases(3_000),
                print: cut => Show(Join(cut.Parts).Source) + $" words {cut.First}..{cut.Last}");
    }

    [Fact]
    public void A_cut_that_starts_or_ends_inside_a_word_never_matches()
    {
        const int Letters = 3;
        Gen<string[]> words = Gen.Select(Gen.OneOf(s_oneUnitLetters).Array[Letters, Letters], Gen.Int[0, 4], WithSoftHyphen)
            .Array[1, 6]
            .Where(all => all.Select(NormalizedText.OfQuote).Distinct().Count() == all.Length);
        Gen.Select(words, Gen.OneOf(s_separators).Array[6, 6], Gen.Int[0, 1_000], Gen.Int[0, 1_000])
            .Sample(
                sample =>
                {
                    (string[] all, string[] separators, int from, int to) = sample;
                    var source = new StringBuilder();
                    var letterStarts = new List<(int Offset, bool InsideWord)>();
                    for (int w = 0; w < all.Length; w++)
                    {
                        for (int i = 0, letter = 0; i < all[w].Length; i++)
                        {
                            if (all[w][i] != SoftHyphen[0])
                            {
                                letterStarts.Add((source.Length + i, letter++ > 0));
                            }
                        }

                        source.Append(all[w]);
                        letterStarts.Add((source.Length, false));
                        source.Append(separators[w]);
                    }

                    // A cut from the start of one letter to the end of another, at least one of them inside a word.
                    (int start, bool startInside) = letterStarts[from % letterStarts.Count];
                    (int end, bool endInside) = letterStarts[to % letterStarts.Count];
                    if (end <= start || !(startInside || endInside))
                    {
                        return;
                    }

                    string text = source.ToString();
                    string quote = text.Substring(start, end - start);
                    PassageMatch? match = new SourceIndex(text).Find(quote);

                    Assert.True(match is null, $"'{Show(quote)}' matched at {match?.Offset}");
                },
                iter: FuzzSettings.Cases(3_000),
                print: sample => $"{Show(string.Join("|", sample.Item1))} cut {sample.Item3}..{sample.Item4}");
    }

    [Fact]
    public void No_fold_turns_one_number_into_another()
    {
        NumberGlyph[] glyphs = NumberGlyph.All;
        Gen.Select(Gen.Int[0, glyphs.Length - 1].Array[1, 4], Gen.Int[0, 99].Array[4, 4], Gen.Int[1, 4])
            .Sample(
                sample =>
                {
                    (int[] written, int[] picks, int length) = sample;
                    NumberGlyph[] source = written.Select(index => glyphs[index]).ToArray();

                    // The quote keeps or changes each figure's value, in any writing, and may stop early.
                    NumberGlyph[] quote = source.Take(length).Select((glyph, i) => picks[i] % 2 == 0
                        ? glyphs.Where(other => other.Value == glyph.Value).ElementAt(picks[i] / 2 % glyphs.Count(other => other.Value == glyph.Value))
                        : glyphs[picks[i] % glyphs.Length]).ToArray();
                    string sourceText = "The figure is " + string.Concat(source.Select(glyph => glyph.Text)) + " in all.";
                    string quoteText = "figure is " + string.Concat(quote.Select(glyph => glyph.Text));

                    bool matches = new SourceIndex(sourceText).Find(quoteText) is not null;

                    bool sameReading = quote.Select(glyph => (glyph.Value, glyph.Kind)).SequenceEqual(source.Select(glyph => (glyph.Value, glyph.Kind)));
                    Assert.True(!matches || sameReading, $"'{Show(quoteText)}' matched '{Show(sourceText)}'");
                    if (sameReading && quote.Concat(source).All(glyph => glyph.IsPlainOrFullWidth))
                    {
                        Assert.True(matches, $"'{Show(quoteText)}' should match '{Show(sourceText)}': only the width of its digits differs");
                    }
                },
                iter: FuzzSettings.Cases(3_000));
    }

    [Fact]
    public void The_first_match_is_the_first_passage_on_whole_words_that_reads_as_the_quote()
    {
        Gen<string[]> units = Gen.OneOf(s_searchUnits).Array[0, 14];
        Gen.Select(units, Gen.OneOf(s_searchUnits).Array[1, 4], Gen.Int[0, 20], Gen.Int[1, 6], Gen.Bool)
            .Sample(
                sample =>
                {
                    (string[] sourceUnits, string[] ownUnits, int from, int count, bool sliceOfSource) = sample;
                    string[] quoteUnits = sliceOfSource && sourceUnits.Length > 0
                        ? sourceUnits.Skip(from % sourceUnits.Length).Take(count).ToArray()
                        : ownUnits;
                    string source = string.Concat(sourceUnits);
                    string quote = string.Concat(quoteUnits);

                    Assert.Equal(BruteForceFind(sourceUnits, quote), Span(new SourceIndex(source).Find(quote)));
                },
                iter: FuzzSettings.Cases(3_000),
                print: sample => $"source '{Show(string.Concat(sample.Item1))}' quote units '{Show(string.Concat(sample.Item2))}' slice {sample.Item3},{sample.Item4},{sample.Item5}");
    }

    [Fact]
    public void Any_quote_is_found_in_a_source_that_holds_it_between_spaces_and_nothing_throws()
    {
        Gen<string> anyCharacter = Gen.Frequency(
            (4, Gen.Char.Select(c => c.ToString())),
            (2, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (3, Gen.OneOf(s_wordUnits)),
            (2, Gen.OneOf(SoftHyphen, "\u200B", "\uFEFF", "\u0301", "\u0307", "I", " ", "\n", "\uFFFE", "\uD800", "\uDC00")));
        anyCharacter.Array[1, 8].Select(string.Concat)
            .Sample(
                quote =>
                {
                    string source = "It reads " + quote + " and more.";

                    PassageMatch? match = new SourceIndex(source).Find(quote);

                    if (NormalizedText.OfQuote(quote).Length > 0)
                    {
                        Assert.NotNull(match);
                        Assert.Equal(NormalizedText.OfQuote(quote), NormalizedText.OfQuote(source.Substring(match.Offset, match.Length)));
                    }
                },
                iter: FuzzSettings.Cases(5_000),
                print: Show);
    }

    [Fact]
    public void A_text_is_blank_exactly_when_it_normalises_to_nothing()
    {
        // Visible ASCII next to combining marks, white space and invisible characters: where the shortcut could be wrong.
        Gen<string> unit = Gen.Frequency(
            (3, Gen.Char[' ', '\u007F'].Select(c => c.ToString())),
            (3, Gen.OneOf(" ", "\t", "\n", "\u00A0", "\u3000", SoftHyphen, "\u200B", "\u200D", "\uFEFF", "\u2060")),
            (2, Gen.OneOf("\u0301", "\u0307", "\u0338", "\u20DD")),
            (1, Gen.Char.Select(c => c.ToString())));
        unit.Array[0, 6].Select(string.Concat)
            .Sample(
                text => Assert.Equal(NormalizedText.OfQuote(text).Length == 0, NormalizedText.IsBlank(text)),
                iter: FuzzSettings.Cases(5_000),
                print: Show);
    }

    /// <summary>The first passage, by start then end, of whole units whose fold is the quote's, on word boundaries.</summary>
    private static (int Offset, int Length)? BruteForceFind(string[] units, string quote)
    {
        string needle = NormalizedText.OfQuote(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        string source = string.Concat(units);
        int[] starts = new int[units.Length + 1];
        for (int i = 0; i < units.Length; i++)
        {
            starts[i + 1] = starts[i] + units[i].Length;
        }

        for (int first = 0; first < units.Length; first++)
        {
            for (int last = first; last < units.Length; last++)
            {
                if (IsVisible(units[first]) && IsVisible(units[last])
                    && NormalizedText.OfQuote(source.Substring(starts[first], starts[last + 1] - starts[first])) == needle
                    && StandsOnWholeWords(source, starts[first], starts[last + 1]))
                {
                    return (starts[first], starts[last + 1] - starts[first]);
                }
            }
        }

        return null;

        static bool IsVisible(string unit) => unit is not (SoftHyphen or " ");
    }

    private static (int Offset, int Length)? Span(PassageMatch? match) => match is null ? null : (match.Offset, match.Length);

    /// <summary>Whether no word continues across either end of <c>[start, end)</c>, skipping invisible characters.</summary>
    private static bool StandsOnWholeWords(string text, int start, int end) =>
        !IsMark(text, start) && (end == text.Length || !IsMark(text, end)) && !Joins(text, start) && !Joins(text, end);

    private static bool Joins(string text, int at)
    {
        int before = at - 1;
        while (before >= 0 && IsInvisible(text[before]))
        {
            before--;
        }

        int after = at;
        while (after < text.Length && IsInvisible(text[after]))
        {
            after++;
        }

        if (before < 0 || after >= text.Length)
        {
            return false;
        }

        if (char.IsLowSurrogate(text[before]) && before > 0)
        {
            before--;
        }

        return IsWordy(text, before) && IsWordy(text, after);
    }

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsWordy(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsMark(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string WithSoftHyphen(string[] units, int after) =>
        after < units.Length - 1 ? string.Concat(units.Take(after + 1)) + SoftHyphen + string.Concat(units.Skip(after + 1)) : string.Concat(units);

    private static (string Source, int[] Starts) Join((string Word, string Separator)[] parts)
    {
        var source = new StringBuilder();
        int[] starts = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            starts[i] = source.Length;
            source.Append(parts[i].Word).Append(parts[i].Separator);
        }

        return (source.ToString(), starts);
    }

    private static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (char c in text)
        {
            shown.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return shown.ToString();
    }

    /// <summary>A way of writing a figure: its value, and how it reads (on the line, raised, lowered, circled...).</summary>
    private sealed record NumberGlyph(string Text, double Value, string Kind, bool IsPlainOrFullWidth)
    {
        public static NumberGlyph[] All { get; } = Make();

        private static NumberGlyph[] Make()
        {
            var all = new List<NumberGlyph>();
            string[] superscripts = ["\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"];
            for (int digit = 0; digit <= 9; digit++)
            {
                all.Add(new(((char)('0' + digit)).ToString(), digit, "figure", true));
                all.Add(new(((char)('\uFF10' + digit)).ToString(), digit, "figure", true));
                all.Add(new(((char)('\u0660' + digit)).ToString(), digit, "figure", false));
                all.Add(new(char.ConvertFromUtf32(0x1D7CE + digit), digit, "figure", false));
                all.Add(new(superscripts[digit], digit, "superscript", false));
                all.Add(new(((char)('\u2080' + digit)).ToString(), digit, "subscript", false));
                if (digit > 0)
                {
                    all.Add(new(((char)('\u2460' + digit - 1)).ToString(), digit, "circled", false));
                    all.Add(new(((char)('\u2474' + digit - 1)).ToString(), digit, "parenthesized", false));
                    all.Add(new(((char)('\u2488' + digit - 1)).ToString(), digit, "with a full stop", false));
                    all.Add(new(((char)('\u2160' + digit - 1)).ToString(), digit, "roman", false));
                    all.Add(new(((char)('\u2170' + digit - 1)).ToString(), digit, "roman", false));
                }
            }

            foreach (string fraction in new[] { "\u00BD", "\u2153", "\u00BC", "\u00BE", "\u215B", "\u2189" })
            {
                all.Add(new(fraction, CharUnicodeInfo.GetNumericValue(fraction, 0), "fraction", false));
            }

            return [.. all];
        }
    }
}
