using System;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Matching;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Matching;

/// <summary>
/// A match starts and ends where words start and end in the source, and never inside what one original character
/// folded into; when an occurrence fails that, later ones are tried.
/// </summary>
public sealed class WholeWordMatchTests
{
    [Theory]
    [InlineData("it was later unable to identify any threat", "able to identify any threat")]
    [InlineData("a nonbinding resolution asking forces to leave", "binding resolution asking forces to leave")]
    [InlineData("they are unnecessary (ISIS has been defeated)", "necessary (ISIS has been defeated)")]
    [InlineData("the deterrence was restored", "the deter")]
    [InlineData("General Solei\u00ADmani", "mani")]
    [InlineData("General Solei\u00ADmani", "General Solei")]
    [InlineData("rose to 10\u00B3", "rose to 10")]
    [InlineData("caf\u00E9 owners", "caf")]
    [InlineData("cafe\u0301 owners", "cafe")]
    [InlineData("the \uFB01nal word", "the f")]
    [InlineData("\u01C6em", "d")]
    [InlineData("\U00010428\U0001042F here", "\U00010428")]
    [InlineData("Some 5,200 US soldiers are deployed", "200 US soldiers are deployed")]
    [InlineData("Some 5,200 US soldiers are deployed", "Some 5")]
    [InlineData("inflation of 2.5 percent", "5 percent")]
    [InlineData("at 5:00pm (1400 GMT)", "00pm (1400 GMT)")]
    [InlineData("a U.S. Army soldier", "S. Army soldier")]
    [InlineData("a U.S. Army soldier", "a U")]
    [InlineData("Kata'ib Hezbollah weapons depots", "ib Hezbollah weapons depots")]
    [InlineData("Kata\u2019ib Hezbollah", "ib Hezbollah")]
    [InlineData("The Kata\u02BCib group", "The Kata")]
    [InlineData("forces to leave.Then", "forces to leave.")]
    public void A_quote_that_occurs_only_inside_a_word_or_a_character_is_not_found(string source, string quote)
    {
        Assert.Null(new SourceIndex(source).Find(quote));
    }

    [Theory]
    [InlineData("x(ISIS has been defeated)y", "(ISIS has been defeated)", 1, 24)]
    [InlineData("(ISIS has been defeated)y", "ISIS has been defeated)", 1, 23)]
    [InlineData("forces to leave. Then", "forces to leave.", 0, 16)]
    [InlineData("a U.S. Army soldier", "U.S. Army soldier", 2, 17)]
    [InlineData("Some 5,200 US soldiers", "5,200 US soldiers", 5, 17)]
    [InlineData("the U.S.-Iraqi tensions", "Iraqi tensions", 9, 14)]
    [InlineData("the \uFB01 ligature", "the fi", 0, 5)]
    [InlineData("the Acme\u2122 brand", "the Acme", 0, 8)]
    [InlineData("Soleimani\u200B\u00AD said", "Soleimani", 0, 9)]
    [InlineData("\U00010428\U0001042F \U00010428 here", "\U00010428", 5, 2)]
    public void A_quote_on_word_boundaries_is_found_and_its_passage_is_whole_characters(string source, string quote, int offset, int length)
    {
        PassageMatch? match = new SourceIndex(source).Find(quote);

        Assert.NotNull(match);
        Assert.Equal((offset, length), (match.Offset, match.Length));
    }

    [Theory]
    [InlineData("unable to act; able to act", "able to act", 15)]
    [InlineData("aaa aa", "aa", 4)]
    [InlineData("aaaa aaa", "aaa", 5)]
    [InlineData("abab ab", "ab", 5)]
    [InlineData("xab abab ab", "ab", 9)]
    public void When_the_first_occurrence_is_inside_a_word_a_later_whole_one_is_found(string source, string quote, int offset)
    {
        Assert.Equal(offset, new SourceIndex(source).Find(quote)?.Offset);
    }

    [Fact]
    public void A_whole_occurrence_after_thousands_of_near_misses_is_found()
    {
        string source = string.Concat(Enumerable.Repeat("xaaaa", 5_000)) + " aaaa.";

        Assert.Equal(source.Length - 5, new SourceIndex(source).Find("AAAA")?.Offset);
        Assert.Null(new SourceIndex(source.Substring(0, source.Length - 6)).Find("aaaa"));
    }

    [Theory]
    [InlineData("\u7279\u6717\u666E\u603B\u7EDF\u8BF4\u4F0A\u6717", "\u603B\u7EDF", 3)]
    [InlineData("\u30C8\u30E9\u30F3\u30D7\u5927\u7D71\u9818\u306F\u8A00\u3063\u305F", "\u5927\u7D71\u9818", 4)]
    [InlineData("\u0E1B\u0E23\u0E30\u0E18\u0E32\u0E19\u0E32\u0E18\u0E34\u0E1A\u0E14\u0E35\u0E17\u0E23\u0E31\u0E21\u0E1B\u0E4C\u0E01\u0E25\u0E48\u0E32\u0E27", "\u0E17\u0E23\u0E31\u0E21\u0E1B\u0E4C", 12)]
    [InlineData("\u7528iPhone\u62CD\u7684", "iPhone", 1)]
    public void In_a_script_written_without_spaces_each_character_counts_as_a_word(string source, string quote, int offset)
    {
        Assert.Equal(offset, new SourceIndex(source).Find(quote)?.Offset);
    }

    [Theory]
    [InlineData("\u0E01\u0E35\u0E49 x", "\u0E01\u0E35")]
    [InlineData("\u0E01\u0E33 x", "\u0E01\u0E4D")]
    [InlineData("\u304C\u3059", "\u304B")]
    [InlineData("\u304C\u3059", "\u3099\u3059")]
    public void In_a_script_written_without_spaces_a_quote_still_takes_whole_characters(string source, string quote)
    {
        Assert.Null(new SourceIndex(source).Find(quote));
    }

    [Fact]
    public void A_quote_of_invisible_characters_only_is_empty()
    {
        CheckCompilation compilation = Checks.Compile("claim: 'ISIS has been defeated' source: 000 status: true\n  quote: '\u00AD\u200B '");

        CheckDiagnostic diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal((DiagnosticIds.MalformedValue, 2, 10), (diagnostic.Id, diagnostic.Range.Start.Line, diagnostic.Range.Start.Column));
        Assert.Contains("is empty (white space and invisible characters do not count)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the strike killed General Solei\u00ADmani", "the strike killed General Solei\\u00ADmani")]
    [InlineData("the strike killed General Solei\u202Emani", "the strike killed General Solei\\u202Emani")]
    [InlineData("the strike killed General Solei\U000E0041mani", "the strike killed General Solei\\U000E0041mani")]
    [InlineData("the strike\u0007 killed\u2028General Soleimani", "the strike\\u0007 killed\\u2028General Soleimani")]
    public void The_closest_passage_shows_invisible_characters_as_escapes(string source, string shown)
    {
        Assert.Contains($"reads '{shown}'.", ClosestHintFor(source), StringComparison.Ordinal);
    }

    [Fact]
    public void The_closest_passage_shows_a_lone_surrogate_as_an_escape()
    {
        // Built here, not in InlineData: a theory's data is serialised, and a lone surrogate would not survive it.
        string source = "the strike" + '\uD800' + " killed General Soleimani";

        Assert.Contains("reads 'the strike\\uD800 killed General Soleimani'.", ClosestHintFor(source), StringComparison.Ordinal);
    }

    private static string ClosestHintFor(string source)
    {
        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "claim: 'the strike killed General Suleimani' source: 100 status: true")],
            [new TextFile("sources/100_strike.txt", source)]);

        CheckDiagnostic diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(DiagnosticIds.QuoteNotFound, diagnostic.Id);
        return diagnostic.Message;
    }
}
