using System;
using System.ComponentModel;
using FactCheck.Fields;
using System.Threading;

namespace FactCheck.Compiled;

/// <summary>The claims of one <c>.check</c> file in compiled form, built together the first time one of them is read. Generated code makes these.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledClaims
{
    private readonly string _data;
    private readonly SourceSet _sources;
    private readonly ClaimSet _set;
    private Claim[]? _claims;

    /// <summary>Initializes a new instance of the <see cref="CompiledClaims"/> class. Nothing is decoded yet.</summary>
    /// <param name="format">The <see cref="CompiledFormat.Version"/> the data was written in.</param>
    /// <param name="data">The file's claims, as <see cref="CompiledWriter.WriteClaims"/> wrote them.</param>
    /// <param name="sources">The documents the claims quote.</param>
    /// <param name="set">The set the claims belong to, which their links are resolved through; making it decodes no claim.</param>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is not the version this runtime reads.</exception>
    public CompiledClaims(int format, string data, SourceSet sources, ClaimSet set)
    {
        CompiledFormat.Check(format);
        _data = Argument.NotNull(data, nameof(data));
        _sources = Argument.NotNull(sources, nameof(sources));
        _set = Argument.NotNull(set, nameof(set));
    }

    /// <summary>Gets the claim at <paramref name="index"/> in the file.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The claim.</returns>
    public Claim this[int index] => (_claims ?? Decode())[index];

    private Claim[] Decode()
    {
        var reader = new CompiledReader(_data);
        ClaimSet set = _set;
        string filePath = reader.ReadNullableString() ?? string.Empty;
        var claims = new Claim[reader.ReadNumber()];
        for (int i = 0; i < claims.Length; i++)
        {
            claims[i] = ReadClaim(ref reader, set, filePath);
        }

        return Interlocked.CompareExchange(ref _claims, claims, null) ?? claims;
    }

    private Claim ReadClaim(ref CompiledReader reader, ClaimSet set, string filePath)
    {
        string id = reader.ReadString();
        string text = reader.ReadString();
        string keyword = reader.ReadString();
        Verdict verdict = set.Scale.Find(keyword)
            ?? throw new InvalidOperationException($"Claim '{id}' is judged '{keyword}', which is not a verdict of the scale '{set.Scale.Name}'.");
        SourcePassage passage = ReadPassage(ref reader, id);
        var location = new CheckLocation(reader.ReadNullableString() ?? filePath, reader.ReadNumber(), reader.ReadNumber());
        string? quote = reader.ReadNullableString();
        FieldValues fields = reader.ReadFields();
        var evidence = new Evidence[reader.ReadNumber()];
        for (int i = 0; i < evidence.Length; i++)
        {
            evidence[i] = reader.ReadUrl() is { } url ? new LinkEvidence(url) : new PassageEvidence(reader.ReadString(), ReadPassage(ref reader, id));
        }

        string[] supports = reader.ReadStrings();
        string[] contradicts = reader.ReadStrings();
        return new Claim(set, id, text, verdict, passage, location, quote, evidence, fields, supports, contradicts);
    }

    private SourcePassage ReadPassage(ref CompiledReader reader, string claimId)
    {
        string sourceId = reader.ReadString();
        SourceDocument document = _sources.Find(sourceId)
            ?? throw new InvalidOperationException($"Claim '{claimId}' quotes source '{sourceId}', which is not among the source documents.");
        TextPosition start = reader.ReadPosition();
        int length = reader.ReadNumber();
        if (start.Offset > document.Text.Length - length)
        {
            throw new InvalidOperationException(
                $"Claim '{claimId}' quotes characters {start.Offset} to {start.Offset + length} of source '{sourceId}', which has {document.Text.Length}.");
        }

        return new SourcePassage(document, start, length);
    }
}
