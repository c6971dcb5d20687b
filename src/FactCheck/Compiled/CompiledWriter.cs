using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using FactCheck.Fields;

namespace FactCheck.Compiled;

/// <summary>Writes claims and sources in the compiled form that <see cref="CompiledClaims"/> and <see cref="CompiledModel"/> read. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CompiledWriter
{
    // A buffer that a huge claim grew past this is let go rather than kept for the thread's life.
    private const int MeasureBufferLimit = 1 << 16;

    [ThreadStatic]
    private static StringBuilder? t_measureBuffer;

    /// <summary>Writes one source document.</summary>
    /// <param name="source">The document's fields.</param>
    /// <returns>The record.</returns>
    public static string WriteSource(SourceRecord source)
    {
        Argument.NotNull(source, nameof(source));

        var builder = new StringBuilder(source.Text.Length + 64);
        String(builder, source.Id);
        String(builder, source.FileName);
        String(builder, source.Text);
        String(builder, source.Title);
        Party(builder, source.Author is null ? null : new Party(source.Author, source.AuthorKind));
        String(builder, source.Url);
        Date(builder, source.Published);
        return builder.ToString();
    }

    /// <summary>Writes the claims of one <c>.check</c> file, in order.</summary>
    /// <param name="claims">The claims' fields.</param>
    /// <returns>The file's record.</returns>
    public static string WriteClaims(IReadOnlyList<ClaimRecord> claims)
    {
        Argument.NotNull(claims, nameof(claims));

        var builder = new StringBuilder(claims.Count * 512);
        string? filePath = claims.Count > 0 ? claims[0].FilePath : null;
        String(builder, filePath);
        Number(builder, claims.Count);
        foreach (ClaimRecord claim in claims)
        {
            Claim(builder, claim, filePath);
        }

        return builder.ToString();
    }

    /// <summary>Writes the ids of every claim, in the order of the set, for finding a claim by id without decoding claims.</summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The record.</returns>
    public static string WriteIds(IEnumerable<string> ids)
    {
        Argument.NotNull(ids, nameof(ids));

        var builder = new StringBuilder();
        foreach (string id in ids)
        {
            String(builder, id);
        }

        return builder.ToString();
    }

    /// <summary>Gets how many characters <see cref="WriteClaims"/> writes for one claim, the path it shares with its file aside.</summary>
    /// <param name="claim">The claim's fields.</param>
    /// <returns>The length.</returns>
    public static int MeasureClaim(ClaimRecord claim)
    {
        // One buffer per thread, cleared for each claim: a build measures every claim, and a new buffer each time was
        // tens of megabytes of garbage at 10,000 claims.
        StringBuilder builder = t_measureBuffer ??= new StringBuilder(4096);
        builder.Clear();
        Claim(builder, claim, claim.FilePath);
        int length = builder.Length;
        if (builder.Capacity > MeasureBufferLimit)
        {
            t_measureBuffer = null;
        }

        return length;
    }

    // A claim's path is written only where it differs from the file's, which the file's record starts with.
    private static void Claim(StringBuilder builder, ClaimRecord claim, string? filePath)
    {
        String(builder, claim.Id);
        String(builder, claim.Text);
        String(builder, claim.Verdict);
        Passage(builder, claim.Passage);
        String(builder, string.Equals(claim.FilePath, filePath, StringComparison.Ordinal) ? null : claim.FilePath);
        Number(builder, claim.Line);
        Number(builder, claim.Column);
        String(builder, claim.Quote);
        Fields(builder, claim.Fields);
        Number(builder, claim.Evidence.Count);
        foreach (EvidenceRecord evidence in claim.Evidence)
        {
            String(builder, evidence.Url);
            if (evidence.Url is null)
            {
                String(builder, evidence.Quote);
                Passage(builder, evidence.Passage ?? throw new ArgumentException($"Evidence of claim '{claim.Id}' has neither a URL nor a passage.", nameof(claim)));
            }
        }

        Strings(builder, claim.Supports);
        Strings(builder, claim.Contradicts);
    }

    private static void Passage(StringBuilder builder, PassageRecord passage)
    {
        String(builder, passage.SourceId);
        Number(builder, passage.Offset);
        Number(builder, passage.Line);
        Number(builder, passage.Column);
        Number(builder, passage.Length);
    }

    private static void Fields(StringBuilder builder, FieldValues values)
    {
        foreach (FieldSpec field in ClaimFields.Plain)
        {
            switch (field.Shape)
            {
                case FieldShape.Party:
                    Party(builder, values.Party(field));
                    break;
                case FieldShape.Date:
                    Date(builder, values.Date(field));
                    break;
                case FieldShape.WordList:
                    Strings(builder, [.. values.Words(field)]);
                    break;
                case FieldShape.Correction:
                    Corrections(builder, values.Corrections(field));
                    break;
                default:
                    String(builder, values.Text(field));
                    break;
            }
        }
    }

    private static void Strings(StringBuilder builder, ICollection<string> values)
    {
        Number(builder, values.Count);
        foreach (string value in values)
        {
            String(builder, value);
        }
    }

    private static void Corrections(StringBuilder builder, IReadOnlyList<Correction> corrections)
    {
        Number(builder, corrections.Count);
        foreach (Correction correction in corrections)
        {
            Date(builder, correction.Date);
            String(builder, correction.Text);
        }
    }

    // A name, then its kind only when there is a name.
    private static void Party(StringBuilder builder, Party? party)
    {
        String(builder, party?.Name);
        if (party is not null)
        {
            Number(builder, (int)party.Kind);
        }
    }

    private static void Date(StringBuilder builder, CalendarDate? date) =>
        Number(builder, date is { } day ? (day.Year * 10000) + (day.Month * 100) + day.Day : 0);

    private static void Number(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The compiled form holds no negative number.");
        }

        // The highest power of the base that the number reaches: its first digit's place.
        int power = 1;
        while (value / power >= CompiledFormat.DigitBase)
        {
            power *= CompiledFormat.DigitBase;
        }

        for (; power > 1; power /= CompiledFormat.DigitBase)
        {
            builder.Append((char)(CompiledFormat.DigitZero + (value / power % CompiledFormat.DigitBase)));
        }

        builder.Append((char)(CompiledFormat.LastDigitZero + (value % CompiledFormat.DigitBase)));
    }

    private static void String(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            Number(builder, 0);
            return;
        }

        Number(builder, value.Length + 1);
        builder.Append(value);
    }
}
