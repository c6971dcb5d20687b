using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary>
/// A file's encoding and line endings do not move a diagnostic: UTF-8 with and without a byte order mark, UTF-16 both
/// ways round, CRLF, CR, LF, and no final line break all put the same error at the same line and column.
/// </summary>
public sealed class EncodingTests
{
    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "\n" },
        { "utf-8-bom", "\n" },
        { "utf-16le", "\r\n" },
        { "utf-16be", "\r" },
        { "utf-8", "\r\n" },
        { "utf-8-bom", "\r" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_error_is_at_the_same_line_and_column_whatever_the_encoding_and_line_endings(string encoding, string lineBreak)
    {
        using var workspace = new Workspace();
        string text = string.Join(lineBreak, "# a comment, then a blank line", string.Empty, "claim: 'Iran invaded the moon' source: 000 status: true", "  note: 'été \U0001F600'");
        foreach (bool finalLineBreak in new[] { true, false })
        {
            workspace.WriteBytes("checks/a.check", Encode(finalLineBreak ? text + lineBreak : text, encoding));

            CliResult result = workspace.Run("check");

            Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
            Assert.StartsWith("checks/a.check(3,8): error FC0004: The claim's text 'Iran invaded the moon'", result.Output, System.StringComparison.Ordinal);
            Assert.Single(result.Output.Split('\n'), line => line.Contains("error FC", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_file_that_is_not_text_gets_FC0018_at_its_start_and_the_rest_is_checked()
    {
        using var workspace = new Workspace();
        workspace.WriteBytes("checks/image.check", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8]);
        workspace.Write("checks/valid.check", Workspace.ValidChecks);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("checks/image.check(1,1): error FC0018: This file is not text (it is not UTF-8 and holds two NUL bytes in a row, as binary files do), so it is not read: save it as UTF-8, or move it out of the checks and sources.", lines[0]);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[1], System.StringComparison.Ordinal);
        Assert.Equal("2 files, 2 claims: 1 error, 1 warning.", lines[^1]);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Windows_1252_files_get_FC0018_at_their_first_byte_that_is_not_utf8_and_every_other_file_is_checked()
    {
        using var workspace = new Workspace();
        Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        workspace.WriteBytes("checks/latin.check", windows1252.GetBytes("# a note\r\nclaim: 'caf\u00e9' source: 000 status: true\n"));
        workspace.Write("checks/valid.check", Workspace.ValidChecks + "\nclaim: 'Caf' source: latin status: true\n  id: cites-latin\n");
        workspace.WriteBytes("seeds/latin_1.txt", windows1252.GetBytes("First line.\nCaf\u00e9 cr\u00e8me."));

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.CheckErrors, result.ExitCode);
        string[] lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        const string NotUtf8 = "error FC0018: This file is not UTF-8 from here on (it was saved in another encoding, such as Windows-1252), so it is not read: save it as UTF-8.";
        Assert.Equal($"checks/latin.check(2,12): {NotUtf8}", lines[0]);
        Assert.StartsWith("checks/valid.check(8,70): warning FC0010: ", lines[1], System.StringComparison.Ordinal);
        Assert.Equal("checks/valid.check(11,22): error FC0018: Source document 'latin_1.txt' is not UTF-8 text, so it is not read: save it as UTF-8.", lines[2]);
        Assert.Equal($"seeds/latin_1.txt(2,4): {NotUtf8}", lines[3]);
        Assert.Equal("2 files, 2 claims: 3 errors, 1 warning.", lines[^1]);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
    };
}
