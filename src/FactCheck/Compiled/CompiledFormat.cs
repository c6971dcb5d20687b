using System.Collections.Generic;
using FactCheck.Fields;

namespace FactCheck.Compiled;

/// <summary>The version of the text form in which generated code embeds claims and sources.</summary>
/// <remarks>
/// A record is a run of fields with no separator. A number is written in base 16,384: each digit but the last as
/// U+8000 plus the digit, the last as U+0030 plus the digit, so a number under 79 is one printable character and
/// no digit is a surrogate. A text is its length plus one, then its characters; an absent text is the number 0. Plain
/// string literals cost the compiler little, but all of an assembly's must fit in its first 16 MiB of string heap
/// (CS8103): these short numbers keep a claim's record near the length of its texts.
/// </remarks>
public static class CompiledFormat
{
    /// <summary>
    /// Gets the version this runtime writes and reads; generated code passes the version it was written in. It follows
    /// the field table, so generated code and a runtime whose claim fields differ never misread each other.
    /// </summary>
    public static int Version { get; } = FromTable(4, ClaimFields.All);

    internal const int DigitBase = 0x4000;
    internal const char LastDigitZero = '\u0030';
    internal const char DigitZero = '\u8000';

    // The layout's own revision, then a hash (FNV-1a) of every claim field's name, shape and kind.
    internal static int FromTable(int revision, IEnumerable<FieldSpec> fields)
    {
        uint hash = 2166136261;
        foreach (FieldSpec field in fields)
        {
            foreach (char c in $"{field.Name}:{field.Shape}:{field.IsPlain};")
            {
                hash = (hash ^ c) * 16777619;
            }
        }

        return (revision * 100_000) + (int)(hash % 100_000);
    }

    internal static void Check(int version)
    {
        if (version != Version)
        {
            throw new System.NotSupportedException(
                $"The claims were compiled in FactCheck's compiled form {version}, and this FactCheck runtime reads form {Version}: build the project again with one version of the FactCheck package.");
        }
    }
}
