using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCheck.Compiled;
using FactCheck.Fields;
using FactCheck.Testing;

namespace FactCheck.Reports.Tests;

/// <summary>A report's worth of claims whose every text is a seeded random hostile string, all quoting one source.</summary>
internal sealed class RandomText
{
    private RandomText(string[] payloads, Claim[] claims, SourceDocument source)
    {
        Payloads = payloads;
        Claims = claims;
        Source = source;
    }

    /// <summary>Gets the random strings, claim <c>i</c>'s in place <c>i</c>.</summary>
    public string[] Payloads { get; }

    public Claim[] Claims { get; }

    public SourceDocument Source { get; }

    /// <summary>Makes <paramref name="count"/> claims from batch <paramref name="batch"/> of the fuzz seed. A report is UTF-8, so no lone surrogates.</summary>
    public static RandomText Create(int batch, int count)
    {
        var random = new Random(FuzzSettings.For(FuzzSettings.Seed, batch));
        string[] payloads = Enumerable.Range(0, count).Select(_ => "x" + HostileStrings.Next(random, loneSurrogates: false) + "x").ToArray();
        var text = new StringBuilder();
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Passage {i}: ");
            offsets[i] = text.Length;
            text.Append(payloads[i]).Append('\n');
        }

        var source = new SourceRecord { Id = "evil", FileName = "evil.txt", Text = text.ToString(), Title = payloads[0], Author = payloads[^1] };
        var model = TestModel.Build([source], Enumerable.Range(0, count).Select(i =>
        {
            ClaimRecord claim = TestModel.Claim("c" + i.ToString(CultureInfo.InvariantCulture), payloads[i], Verdicts.False, Passages.At(source, offsets[i], payloads[i].Length), "checks/random.check", i + 1);
            claim[ClaimFields.By] = payloads[i];
            claim[ClaimFields.Note] = payloads[i];
            claim[ClaimFields.Reviewer] = payloads[i];
            claim.Evidence.Add(new EvidenceRecord { Quote = payloads[i], Passage = Passages.At(source, offsets[i], payloads[i].Length) });
            return claim;
        }));
        return new RandomText(payloads, [.. model.Claims], model.Sources[0]);
    }

    /// <summary>
    /// What an HTML parser reads back for text written into a page: line breaks as \n, and U+FFFD for each control
    /// character other than white space and each noncharacter, which HTML forbids and the report replaces.
    /// </summary>
    public static string AsHtmlReadsIt(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (Rune rune in value.EnumerateRunes())
        {
            bool control = Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control && rune.Value is not ('\t' or '\n' or '\f' or '\r');
            bool noncharacter = (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
            text.Append(control || noncharacter ? "\uFFFD" : rune.ToString());
        }

        return text.Replace("\r\n", "\n").Replace('\r', '\n').ToString();
    }
}
