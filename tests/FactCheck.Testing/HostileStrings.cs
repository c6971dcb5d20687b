using System;
using System.Text;

namespace FactCheck.Testing;

/// <summary>
/// Random text meant to break whatever carries it: C# literals and doc comments, HTML and JSON, line counting.
/// Pieces of syntax that end or open something, line breaks of every kind, and random code points of every Unicode
/// category, lone surrogates included when asked for.
/// </summary>
public static class HostileStrings
{
    private static readonly string[] s_pieces =
    [
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "</summary>", "<summary>", "<c>", "&amp;", "&", "<", ">", "{", "}", "{{x}}", "{{{x}}}",
        "$\"{x}\"", "#if X", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\t", "\0", "'", "</script>", "<script>alert(1)</script>",
        "<!--", "-->", "]]>", "\uFEFF", "\uFFFE", "\uFFFF", "\u200B", "\u202E", "\U0001F600", "e\u0301", "\uFB01", "ﾊﾟ", "שלום", "مرحبا", " ", "  ", "x",
        "null", "true", "\\u0022", "\\n", "@\"", "\"\"",
    ];

    private static readonly string[] s_idBases =
    [
        "a", "b", "a-b", "a_b", "a.b", "A-B", "ab", "AB", "class", "int", "new", "namespace", "2nd", "0", "9lives", "all", "to-string",
        "equals", "get-hash-code", "claims", "sources", "x--y", "x-_y", "get-type", "string", "object", "event", "is",
    ];

    /// <summary>Gets a random hostile string of up to about forty code units.</summary>
    /// <param name="random">The seeded source of randomness.</param>
    /// <param name="loneSurrogates">Whether a lone surrogate may appear (not where the text must be well-formed UTF-16).</param>
    /// <returns>The string; it may be empty.</returns>
    public static string Next(Random random, bool loneSurrogates)
    {
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder();
        for (int n = random.Next(0, 9); n > 0; n--)
        {
            switch (random.Next(3))
            {
                case 0:
                    text.Append(s_pieces[random.Next(s_pieces.Length)]);
                    break;
                case 1:
                    AppendCodePoint(text, random, loneSurrogates);
                    break;
                default:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Gets a random claim id: C# keywords, ids starting with a digit, ids that collide once PascalCased.</summary>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>A word of the <c>.check</c> language.</returns>
    public static string Id(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string id = s_idBases[random.Next(s_idBases.Length)];
        return random.Next(3) == 0 ? id + "-" + random.Next(10) : id;
    }

    /// <summary>Writes <paramref name="value"/> as a single-quoted <c>.check</c> string that reads back exactly.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The string literal.</returns>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder("'");
        foreach (char c in value)
        {
            builder.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>Appends one random code point, drawn so that every plane and general category turns up.</summary>
    private static void AppendCodePoint(StringBuilder text, Random random, bool loneSurrogates)
    {
        int codePoint = random.Next(4) switch
        {
            0 => random.Next(0, 0x100),
            1 => random.Next(0x100, 0x3000),
            2 => random.Next(0x3000, 0x10000),
            _ => random.Next(0x10000, 0x110000),
        };
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            if (loneSurrogates)
            {
                text.Append((char)codePoint);
            }

            return;
        }

        text.Append(char.ConvertFromUtf32(codePoint));
    }
}
