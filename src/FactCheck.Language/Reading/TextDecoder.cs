using System.Text;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Sources;
using FactCheck.Language.Text;

namespace FactCheck.Language.Reading;

/// <summary>
/// Turns a file's bytes into text the way the C# compiler reads an additional file, so that the command line and the build
/// read every file alike. A byte order mark names the encoding (UTF-8, UTF-16 LE or BE), an undecodable sequence then
/// read as U+FFFD. Without one the file must be UTF-8: a file that is not gets FC0018 where its decoding first fails, and
/// is not read. A file the compiler gives up on as binary (not UTF-8, and two NUL bytes in a row) gets FC0018 at its start.
/// </summary>
internal static class TextDecoder
{
    private const char ReplacementCharacter = '\uFFFD';

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes a file's bytes, as the command line reads them.</summary>
    /// <param name="path">The file's path, for the file and its diagnostic.</param>
    /// <param name="bytes">Its bytes.</param>
    /// <returns>The file, or a file not read that holds its FC0018.</returns>
    public static TextFile Decode(string path, byte[] bytes)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return new TextFile(path, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return new TextFile(path, Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2));
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return new TextFile(path, Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2));
        }

        try
        {
            return new TextFile(path, s_strictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return HasTwoNulBytesInARow(bytes) ? NotText(path) : FromLenientUtf8(path, s_lenientUtf8.GetString(bytes));
        }
    }

    /// <summary>
    /// Checks the text the C# compiler decoded from an additional file. The compiler reads a file as strict UTF-8 unless a
    /// byte order mark names its encoding; when that fails it falls back to the system's code page: UTF-8 that reads an
    /// undecodable sequence as U+FFFD (Linux, macOS) or a code page such as Windows-1252, which encoding the text back
    /// turns into the file's bytes again. Either way the file is then read as <see cref="Decode"/> reads it.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="text">The text the compiler decoded.</param>
    /// <param name="encoding">The encoding it decoded with; <see langword="null"/> for text that never was bytes.</param>
    /// <returns>The file, or a file not read that holds its FC0018.</returns>
    public static TextFile FromCompilerText(string path, string text, Encoding? encoding)
    {
        if (encoding is null || encoding.DecoderFallback is DecoderExceptionFallback || IsNamedByByteOrderMark(encoding))
        {
            return new TextFile(path, text);
        }

        return encoding.CodePage == Encoding.UTF8.CodePage ? FromLenientUtf8(path, text) : Decode(path, encoding.GetBytes(text));
    }

    /// <summary>Gets a file that is not read because it is not text: the compiler found it binary and gave no text.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The file not read, with its FC0018 at its start.</returns>
    public static TextFile NotText(string path) => NotRead(
        path,
        new TextPosition(0, 1, 1),
        "This file is not text (it is not UTF-8 and holds two NUL bytes in a row, as binary files do), so it is not read: save it as UTF-8, or move it out of the checks and sources.");

    /// <summary>
    /// Places FC0018 at the first U+FFFD of text decoded with replacement: the first undecodable byte, since the text before
    /// it decodes alike whatever the encoding (or a U+FFFD an earlier failed conversion left, which is as wrong).
    /// </summary>
    private static TextFile FromLenientUtf8(string path, string text)
    {
        int offset = text.IndexOf(ReplacementCharacter);
        return offset < 0
            ? new TextFile(path, text)
            : NotRead(
                path,
                LineBreaks.Walk(text, new TextPosition(0, 1, 1), offset),
                "This file is not UTF-8 from here on (it was saved in another encoding, such as Windows-1252), so it is not read: save it as UTF-8.");
    }

    private static TextFile NotRead(string path, TextPosition position, string message) =>
        new(path, string.Empty) { NotDecoded = DiagnosticCatalog.NotUtf8.At(path, TextRange.At(position), message) };

    /// <summary>Gets whether the compiler read the file in the encoding its byte order mark names: UTF-16, or UTF-8 with its preamble.</summary>
    private static bool IsNamedByByteOrderMark(Encoding encoding) =>
        encoding.CodePage is 1200 or 1201 || (encoding.CodePage == Encoding.UTF8.CodePage && encoding.GetPreamble().Length > 0);

    private static bool StartsWith(byte[] bytes, params byte[] mark)
    {
        if (bytes.Length < mark.Length)
        {
            return false;
        }

        for (int i = 0; i < mark.Length; i++)
        {
            if (bytes[i] != mark[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasTwoNulBytesInARow(byte[] bytes)
    {
        for (int i = 1; i < bytes.Length; i++)
        {
            if (bytes[i] == 0 && bytes[i - 1] == 0)
            {
                return true;
            }
        }

        return false;
    }
}
