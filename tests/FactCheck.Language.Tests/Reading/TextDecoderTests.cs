using System;
using System.Linq;
using System.Text;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Reading;
using FactCheck.Language.Sources;

namespace FactCheck.Language.Tests.Reading;

/// <summary>
/// Files are read as the C# compiler reads an additional file: the command line decodes bytes, the generator checks the
/// compiler's text, and both give the same text or the same FC0018 at the first byte that is not UTF-8.
/// </summary>
public sealed class TextDecoderTests
{
    private const string Path = "checks/a.check";

    private static readonly Encoding s_windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // The encodings the compiler falls back to when strict UTF-8 fails: the system's (UTF-8 with replacement on Linux and
    // macOS), Windows-1252, or Latin-1.
    private static readonly Encoding[] s_fallbacks = [new UTF8Encoding(false), s_windows1252, Encoding.Latin1];

    [Fact]
    public void A_windows_1252_file_gets_FC0018_at_its_first_byte_that_is_not_utf8()
    {
        byte[] bytes = s_windows1252.GetBytes("# caf\r\nclaim: 'caf\u00e9 cr\u00e8me' source: 000 status: true\n");

        TextFile file = TextDecoder.Decode(Path, bytes);

        Assert.Equal(string.Empty, file.Text);
        CheckDiagnostic diagnostic = Assert.IsType<CheckDiagnostic>(file.NotDecoded);
        Assert.Equal((DiagnosticIds.NotUtf8, CheckSeverity.Error, Path, 2, 12), (diagnostic.Id, diagnostic.Severity, diagnostic.FilePath, diagnostic.Range.Start.Line, diagnostic.Range.Start.Column));
        Assert.Equal("This file is not UTF-8 from here on (it was saved in another encoding, such as Windows-1252), so it is not read: save it as UTF-8.", diagnostic.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC0, 0xAF }, 2)]        // an overlong '/'
    [InlineData(new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80 }, 3)] // an encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 1)]  // past U+10FFFF
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 2)]        // cut short at the end
    [InlineData(new byte[] { 0x0D, 0x61, 0x80 }, 2)]        // a lone CR ends the first line
    public void Every_kind_of_ill_formed_utf8_is_found_at_its_first_byte(byte[] bytes, int column)
    {
        int line = bytes[0] == 0x0D ? 2 : 1;

        TextFile file = TextDecoder.Decode(Path, bytes);

        Assert.Equal((line, column), (file.NotDecoded!.Range.Start.Line, file.NotDecoded.Range.Start.Column));
    }

    [Fact]
    public void Byte_order_marks_name_the_encoding_as_the_compiler_reads_them()
    {
        const string Text = "claim: '\u00e9t\u00e9 \U0001F600'";

        Assert.Equal(Text, TextDecoder.Decode(Path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)]).Text);
        Assert.Equal(Text, TextDecoder.Decode(Path, [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Text)]).Text);
        Assert.Equal(Text, TextDecoder.Decode(Path, [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Text)]).Text);
        Assert.Equal(Text, TextDecoder.Decode(Path, Encoding.UTF8.GetBytes(Text)).Text);

        // After a UTF-8 byte order mark the compiler reads an undecodable byte as U+FFFD, and so does the command line.
        Assert.Equal("caf\uFFFD", TextDecoder.Decode(Path, [.. Encoding.UTF8.Preamble, 0x63, 0x61, 0x66, 0xE9]).Text);
    }

    [Fact]
    public void A_binary_file_gets_FC0018_at_its_start()
    {
        TextFile file = TextDecoder.Decode(Path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0xFF]);

        Assert.Equal((DiagnosticIds.NotUtf8, 1, 1), (file.NotDecoded!.Id, file.NotDecoded.Range.Start.Line, file.NotDecoded.Range.Start.Column));
        Assert.Equal(TextDecoder.NotText(Path), file);

        // Two NUL bytes in valid UTF-8 are text, as the compiler reads them.
        Assert.Null(TextDecoder.Decode(Path, [0x61, 0x00, 0x00, 0x62]).NotDecoded);
    }

    [Fact]
    public void The_compilers_text_gives_what_the_bytes_give_whatever_encoding_it_fell_back_to()
    {
        var random = new Random(20261129);
        for (int i = 0; i < 2_000; i++)
        {
            byte[] bytes = RandomText(random);
            TextFile expected = TextDecoder.Decode(Path, bytes);
            if (expected.NotDecoded is null || expected.NotDecoded.Message.StartsWith("This file is not text", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Encoding fallback in s_fallbacks)
            {
                Assert.Equal(expected, TextDecoder.FromCompilerText(Path, fallback.GetString(bytes), fallback));
            }
        }
    }

    [Fact]
    public void The_compilers_text_of_a_valid_file_is_kept()
    {
        const string Text = "claim: '\u00e9t\u00e9'";

        Assert.Equal(new TextFile(Path, Text), TextDecoder.FromCompilerText(Path, Text, new UTF8Encoding(false, throwOnInvalidBytes: true)));
        Assert.Equal(new TextFile(Path, Text), TextDecoder.FromCompilerText(Path, Text, Encoding.UTF8));
        Assert.Equal(new TextFile(Path, Text), TextDecoder.FromCompilerText(Path, Text, Encoding.BigEndianUnicode));
        Assert.Equal(new TextFile(Path, Text), TextDecoder.FromCompilerText(Path, Text, null));

        // A project that sets CodePage to 1252 has a pure ASCII file read in it, and that is UTF-8 too.
        Assert.Equal(new TextFile(Path, "claim"), TextDecoder.FromCompilerText(Path, "claim", s_windows1252));
    }

    /// <summary>Mostly ASCII and UTF-8 text with line breaks of every kind, and now and then a byte of Windows-1252.</summary>
    private static byte[] RandomText(Random random)
    {
        string[] pieces = ["claim", " ", "\n", "\r\n", "\r", "\u00e9", "\U0001F600", "'", "\uFFFD"];
        var text = new StringBuilder();
        int length = random.Next(1, 40);
        for (int i = 0; i < length; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(2) == 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return bytes.Where((_, index) => index > 0 || bytes[0] is not (0xEF or 0xFE or 0xFF)).ToArray();
    }
}
