using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FactCheck.Testing;

/// <summary>
/// A seeded, repeatable generator of <c>.check</c> inputs: random characters and bytes, valid files damaged by random
/// deletions, insertions and swaps of characters and tokens (a verdict scale's declaration among them), runs of tokens,
/// and long inputs (long lines, strings, words, lists, many entries). <see cref="Case"/> depends only on the seed and the index, so a failing case is
/// reproduced from the two numbers a test prints.
/// </summary>
public sealed class CheckFuzzer
{
    private static readonly string[] s_tokens =
    [
        "claim: ", "document: ", "'ISIS has been defeated'", "\"to prevent\"", " source: ", "000", " 004", " status: ", "true", "false",
        " evidence: ", "'https://x.org'", " tags: ", "a, b", ",", " id: ", "x1", " supports: ", " contradicts: ", "\n", "\r\n", "\r",
        " # c\n", "''", "'a\\nb'", "'a\\qb'", " quote: ", " said: 2020-01-01", " url: ", " title: ", "'t'", " author: ", " by: ",
        " note: ", " reviewed: 2026-13-40", " reviewer: ", " published: ", "mostly-true", "contested", "organization ", "person ", "agency ",
        "scale: ", "verdict: ", "'Truth-O-Meter'", " best: 6", " worst: 1", " best: 1", " label: ", " meaning: ", " rating: ", "7", "0",
        " colour: ", "'#82071e'", "'#ffcc00'", "'red'", " dark-colour: ", " evidence: required", " evidence: sometimes", "pants-on-fire", "to-string",
        "'", "\"", "\\", ":", " ",
    ];

    /// <summary>A project's scale declaration and claims judged on it, for the damage to reach every part of a declaration.</summary>
    private const string ScaleFile = """
        scale: 'Truth-O-Meter' best: 6 worst: 1
        verdict: true label: 'True' rating: 6 colour: '#1a7f37' dark-colour: '#4ac26b'
          meaning: 'The statement is accurate.'
        verdict: half-true label: 'Half True' rating: 4
          meaning: 'Partly accurate.'
        verdict: pants-on-fire label: 'Pants on Fire' rating: 1 colour: '#82071e' evidence: required
          meaning: 'The statement is not accurate and makes a ridiculous claim.'
        verdict: outdated label: 'Outdated' meaning: 'True once.'

        claim: 'ISIS has been defeated' source: 000 status: pants-on-fire
          evidence: 000 'to prevent a resurgence of the Islamic State jihadist group'
        claim: 'to prevent a resurgence' source: 000 status: half-true
        """;

    private readonly int _seed;
    private readonly string[] _corpus;

    /// <summary>Initializes a new instance of the <see cref="CheckFuzzer"/> class.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="corpus">Valid (or nearly valid) <c>.check</c> files to damage.</param>
    public CheckFuzzer(int seed, IEnumerable<string> corpus)
    {
        _seed = seed;
        _corpus = corpus.ToArray();
        if (_corpus.Length == 0)
        {
            throw new ArgumentException("The corpus is empty.", nameof(corpus));
        }
    }

    /// <summary>Gets the input of case <paramref name="index"/>.</summary>
    /// <param name="index">The case's index, from 0.</param>
    /// <returns>The <c>.check</c> text.</returns>
    public string Case(int index)
    {
        var random = new Random(FuzzSettings.For(_seed, index));
        return (index % 20) switch
        {
            0 => RandomChars(random, random.Next(0, 400)),
            1 => RandomBytesAsUtf8(random, random.Next(0, 400)),
            18 => Damage(random, ScaleFile),
            19 => Long(random, index % 1000 == 999 ? 1_000_000 : random.Next(1_000, 20_000)),
            < 10 => Damage(random, _corpus[random.Next(_corpus.Length)]),
            _ => Damage(random, TokenRun(random)),
        };
    }

    /// <summary>Any UTF-16 code units, lone surrogates and controls included.</summary>
    private static string RandomChars(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x09, 0x7F));
        }

        return text.ToString();
    }

    /// <summary>Random bytes read as UTF-8, as a file that is not text would be: invalid sequences become U+FFFD.</summary>
    private static string RandomBytesAsUtf8(Random random, int length)
    {
        byte[] bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static string TokenRun(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => s_tokens[random.Next(s_tokens.Length)]));

    /// <summary>One to eight edits: characters or whole tokens inserted, deleted, swapped or overwritten.</summary>
    private static string Damage(Random random, string text)
    {
        var damaged = new StringBuilder(text);
        for (int edit = random.Next(1, 9); edit > 0; edit--)
        {
            int at = random.Next(damaged.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    damaged.Insert(at, s_tokens[random.Next(s_tokens.Length)]);
                    break;
                case 1:
                    damaged.Insert(at, HostileStrings.Next(random, loneSurrogates: true));
                    break;
                case 2 when at < damaged.Length:
                    damaged.Remove(at, Math.Min(random.Next(1, 30), damaged.Length - at));
                    break;
                case 3 when damaged.Length > 1:
                    Swap(damaged, random.Next(damaged.Length), random.Next(damaged.Length));
                    break;
                case 4 when at < damaged.Length:
                    damaged[at] = s_tokens[random.Next(s_tokens.Length)][0];
                    break;
                default:
                    SwapTokens(random, damaged);
                    break;
            }
        }

        return damaged.ToString();
    }

    private static void Swap(StringBuilder text, int i, int j) => (text[i], text[j]) = (text[j], text[i]);

    /// <summary>Swaps two runs of non-space characters (tokens, roughly) of the text.</summary>
    private static void SwapTokens(Random random, StringBuilder text)
    {
        string current = text.ToString();
        string[] parts = current.Split(' ');
        if (parts.Length > 2)
        {
            int i = random.Next(parts.Length);
            int j = random.Next(parts.Length);
            (parts[i], parts[j]) = (parts[j], parts[i]);
            text.Clear().Append(string.Join(' ', parts));
        }
    }

    /// <summary>A long input of about <paramref name="length"/> characters: one long line, string, word, list, comment, or many entries or broken strings.</summary>
    private static string Long(Random random, int length)
    {
        string claim = "claim: 'ISIS has been defeated' source: 000 status: true\n";
        string text = random.Next(8) switch
        {
            0 => claim + "  note: '" + new string('x', length) + "'\n",
            1 => claim + "  tags: " + string.Concat(Enumerable.Repeat("a, ", length / 3)) + "b\n",
            2 => string.Concat(Enumerable.Repeat(claim, Math.Max(1, length / claim.Length))),
            3 => claim + "  id: " + new string('a', length) + "\n",
            4 => "# " + new string('#', length),
            5 => string.Concat(Enumerable.Repeat("claim: '", length / 8)),
            6 => string.Concat(Enumerable.Repeat("x ", length / 2)),
            _ => string.Concat(Enumerable.Repeat("\r\n\r\n\n", length / 5)) + claim,
        };
        return random.Next(2) == 0 ? text : Damage(random, text);
    }
}
