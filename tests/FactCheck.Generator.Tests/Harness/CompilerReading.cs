using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>
/// Decodes a file the way the C# compiler reads an additional file from disk: strict UTF-8 unless a byte order mark
/// names the encoding; failing that the system's code page (UTF-8 with replacement on Linux), giving no text at all
/// for what then looks binary (two NULs in a row).
/// </summary>
public static class CompilerReading
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding s_fallback = FallbackEncoding();

    /// <summary>Decodes the bytes, or returns null for a file the compiler judges binary.</summary>
    public static SourceText? Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, s_strictUtf8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the compiler's second try.
        }

        try
        {
            return SourceText.From(bytes, bytes.Length, s_fallback, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static Encoding FallbackEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(0);
    }
}
