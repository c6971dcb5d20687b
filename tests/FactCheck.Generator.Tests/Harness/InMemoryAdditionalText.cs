using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>An additional file that lives in memory: a <c>.check</c> file or a source document, as text or as bytes.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    /// <summary>A file given as bytes, decoded as the compiler decodes a file it reads from disk.</summary>
    public InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        _text = CompilerReading.Decode(bytes);
    }

    public override string Path { get; }

    /// <summary>Gets the file's bytes when it was given as bytes.</summary>
    public byte[]? Bytes { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
