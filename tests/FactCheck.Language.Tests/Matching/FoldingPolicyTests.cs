using System.Globalization;
using System.Text;
using FactCheck.Language.Matching;

namespace FactCheck.Language.Tests.Matching;

/// <summary>
/// The folding table of the README's "Quotes are checked", row by row: what a quote may write otherwise than its
/// source, and what it may not because folding it would change what the source says.
/// </summary>
public sealed class FoldingPolicyTests
{
    [Theory]
    [InlineData("no end in sight.\n\n  In March", "no end in sight. In March")]
    [InlineData("promised to \u201Crestore deterrence\u201D", "promised to \"restore deterrence\"")]
    [InlineData("Kata\u2019ib and Kata\u02BCib, 5\u2032 and 5\u2033", "Kata'ib and Kata'ib, 5' and 5\"")]
    [InlineData("U.S.\u2014Iraqi and well\u2011sourced, 3\u22121", "U.S.-Iraqi and well-sourced, 3-1")]
    [InlineData("walked along the Hauptstra\u00DFe", "WALKED ALONG THE HAUPTSTRASSE")]
    [InlineData("die GROSSE Pause", "die gro\u00DFe pause")]
    [InlineData("die STRA\u1E9EE", "die strasse")]
    [InlineData("visited \u0130zmir", "visited izmir")]
    [InlineData("visited izmir", "VISITED \u0130ZMIR")]
    [InlineData("ODYSSEUS \u039F\u0394\u03A5\u03A3\u03A3\u0395\u03A5\u03A3", "odysseus \u03BF\u03B4\u03C5\u03C3\u03C3\u03B5\u03C5\u03C2")]
    [InlineData("General Solei\u00ADmani", "General Soleimani")]
    [InlineData("a zero\u200Bwidth space, a word\u2060joiner and a BOM\uFEFF", "a zerowidth space, a wordjoiner and a BOM")]
    [InlineData("the \uFB01nal \uFB02ight", "the final flight")]
    [InlineData("het \u0133s, de \u017Fonne", "het ijs, de sonne")]
    [InlineData("\uFEFB and \uFE8D\uFEDF", "\u0644\u0627 and \u0627\u0644")]
    [InlineData("\uFF76\uFF9E\uFF7D", "\u30AC\u30B9")]
    [InlineData("filed on \uFF12\uFF10\uFF12\uFF10 by \uFF21\uFF23\uFF2D\uFF25", "filed on 2020 by ACME")]
    [InlineData("caf\u00E9 cr\u00E8me", "cafe\u0301 cre\u0300me")]
    [InlineData("\u2764\uFE0F emoji", "\u2764 emoji")]
    public void A_fold_that_keeps_meaning_matches(string source, string quote)
    {
        Assert.NotNull(new SourceIndex("Before. " + source + " After.").Find(quote));
    }

    [Theory]
    [InlineData("rose to 10\u00B3 tonnes", "rose to 103")]
    [InlineData("rose to 10\u00B3 tonnes", "rose to 10")]
    [InlineData("water is H\u2082O", "water is H2O")]
    [InlineData("grew by \u00BD percent", "grew by 1")]
    [InlineData("grew by \u00BD percent", "grew by 1/2 percent")]
    [InlineData("covers 5 \u33A2 of land", "covers 5 km")]
    [InlineData("covers 5 \u33A2 of land", "covers 5 km2")]
    [InlineData("at 20 \u2103 today", "at 20 \u00B0C today")]
    [InlineData("came \u2460 in the list", "came 1 in the list")]
    [InlineData("came \u2474 in the list", "came (1) in the list")]
    [InlineData("the deal was done\u2026 or nearly", "the deal was done.")]
    [InlineData("the deal was done\u2026 or nearly", "the deal was done... or nearly")]
    [InlineData("the set \u211D of reals", "the set R of reals")]
    [InlineData("the 1\u00AA edici\u00F3n", "the 1a edicion")]
    [InlineData("\u0131zmir", "izmir")]
    [InlineData("Solei\u00ADmani", "mani")]
    public void A_fold_that_would_change_meaning_does_not_happen(string source, string quote)
    {
        Assert.Null(new SourceIndex("Before. " + source + " After.").Find(quote));
    }

    [Fact]
    public void No_number_folds_into_another_number_only_its_width_or_case_changes()
    {
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string number = char.ConvertFromUtf32(codePoint);
            if (CharUnicodeInfo.GetUnicodeCategory(number, 0) is not (UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber))
            {
                continue;
            }

            string folded = NormalizedText.OfQuote(number);
            string lowerCase = number.ToLowerInvariant();
            bool sameCharacter = folded == number
                || folded == lowerCase
                || (codePoint is >= 0xFF10 and <= 0xFF19 && folded == ((char)(codePoint - 0xFF10 + '0')).ToString());
            Assert.True(sameCharacter, $"U+{codePoint:X4} {number} folds to {Describe(folded)}");
            Assert.Equal(CharUnicodeInfo.GetNumericValue(number, 0), CharUnicodeInfo.GetNumericValue(folded, 0));
        }
    }

    private static string Describe(string text)
    {
        var described = new StringBuilder();
        foreach (char c in text)
        {
            described.Append(CultureInfo.InvariantCulture, $"U+{(int)c:X4} ");
        }

        return described.ToString();
    }
}
