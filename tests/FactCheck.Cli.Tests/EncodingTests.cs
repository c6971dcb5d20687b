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
    public void A_file_that_is_not_text_gets_one_clear_error()
    {
        using var workspace = new Workspace();
        workspace.WriteBytes("checks/image.check", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8]);

        CliResult result = workspace.Run("check");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("factcheck: cannot read 'checks/image.check': it is not valid UTF-8 text.\n", result.Error.ReplaceLineEndings("\n"));
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
    };
}
