using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactCheck.Reports.Building;

/// <summary>
/// Writes the page with U+FFFD in place of every character that HTML forbids in a document (controls other than white
/// space, and noncharacters such as U+FFFF), so no text from a <c>.check</c> file or a source can make the page invalid
/// HTML or be read differently by different parsers.
/// </summary>
internal sealed class HtmlCharacterWriter : TextWriter
{
    private const char Replacement = '\uFFFD';

    // Every character that is forbidden, or is a high surrogate that may start a forbidden supplementary character.
    private static readonly SearchValues<char> s_suspects = SearchValues.Create(Suspects());

    private readonly TextWriter _inner;

    // A high surrogate that may start a supplementary noncharacter (U+1FFFE, U+1FFFF, ... U+10FFFF), held until the next
    // character says which.
    private char _pendingHigh;

    public HtmlCharacterWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (_pendingHigh != '\0')
        {
            char high = _pendingHigh;
            _pendingHigh = '\0';
            if (value is '\uDFFE' or '\uDFFF')
            {
                _inner.Write(Replacement);
                return;
            }

            _inner.Write(high);
        }

        if (char.IsHighSurrogate(value) && (value & 0x3F) == 0x3F)
        {
            _pendingHigh = value;
        }
        else
        {
            _inner.Write(IsForbidden(value) ? Replacement : value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    // Scriban writes every piece of a page through here: clean text, nearly all of it, goes through in one call.
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_pendingHigh == '\0' && buffer.IndexOfAny(s_suspects) < 0)
        {
            _inner.Write(buffer);
            return;
        }

        foreach (char c in buffer)
        {
            Write(c);
        }
    }

    public override void Flush()
    {
        if (_pendingHigh != '\0')
        {
            _inner.Write(_pendingHigh);
            _pendingHigh = '\0';
        }

        _inner.Flush();
    }

    private static char[] Suspects()
    {
        var suspects = new List<char>();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (IsForbidden((char)c) || (char.IsHighSurrogate((char)c) && (c & 0x3F) == 0x3F))
            {
                suspects.Add((char)c);
            }
        }

        return [.. suspects];
    }

    private static bool IsForbidden(char c) =>
        c switch
        {
            '\t' or '\n' or '\f' or '\r' => false,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            >= '\uFDD0' and <= '\uFDEF' => true,
            '\uFFFE' or '\uFFFF' => true,
            _ => false,
        };
}
