using System;
using FactCheck.Fields;

namespace FactCheck.Compiled;

/// <summary>Reads the fields that <see cref="CompiledWriter"/> wrote, in the same order.</summary>
internal struct CompiledReader
{
    private readonly string _data;
    private int _position;

    public CompiledReader(string data)
    {
        _data = data;
        _position = 0;
    }

    public int ReadNumber()
    {
        long value = 0;
        while (_position < _data.Length && value <= int.MaxValue)
        {
            char c = _data[_position++];
            if (c >= CompiledFormat.DigitZero && c < CompiledFormat.DigitZero + CompiledFormat.DigitBase)
            {
                value = (value * CompiledFormat.DigitBase) + (c - CompiledFormat.DigitZero);
            }
            else if (c >= CompiledFormat.LastDigitZero && c < CompiledFormat.LastDigitZero + CompiledFormat.DigitBase)
            {
                value = (value * CompiledFormat.DigitBase) + (c - CompiledFormat.LastDigitZero);
                return value <= int.MaxValue ? (int)value : throw Corrupt();
            }
            else
            {
                break;
            }
        }

        throw Corrupt();
    }

    public string ReadString() => ReadNullableString() ?? throw Corrupt();

    public string? ReadNullableString()
    {
        int lengthPlusOne = ReadNumber();
        if (lengthPlusOne == 0)
        {
            return null;
        }

        int length = lengthPlusOne - 1;
        if (length > _data.Length - _position)
        {
            throw Corrupt();
        }

        string value = _data.Substring(_position, length);
        _position += length;
        return value;
    }

    public CalendarDate? ReadDate()
    {
        int value = ReadNumber();
        return value == 0 ? null : new CalendarDate(value / 10000, value / 100 % 100, value % 100);
    }

    public Party? ReadParty()
    {
        if (ReadNullableString() is not { } name)
        {
            return null;
        }

        int kind = ReadNumber();
        return kind < Party.Keywords.Count ? new Party(name, (PartyKind)kind) : throw Corrupt();
    }

    public Uri? ReadUrl() => ReadNullableString() is { } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null;

    public string[] ReadStrings()
    {
        int count = ReadNumber();
        if (count == 0)
        {
            return [];
        }

        var values = new string[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = ReadString();
        }

        return values;
    }

    public Correction[] ReadCorrections()
    {
        int count = ReadNumber();
        if (count == 0)
        {
            return [];
        }

        var corrections = new Correction[count];
        for (int i = 0; i < count; i++)
        {
            CalendarDate date = ReadDate() ?? throw Corrupt();
            corrections[i] = new Correction(date, ReadString());
        }

        return corrections;
    }

    public FieldValues ReadFields()
    {
        var values = new object?[ClaimFields.Plain.Count];
        for (int slot = 0; slot < values.Length; slot++)
        {
            values[slot] = ClaimFields.Plain[slot].Shape switch
            {
                FieldShape.Party => ReadParty(),
                FieldShape.Date => ReadDate(),
                FieldShape.WordList => ReadStrings(),
                FieldShape.Correction => ReadCorrections(),
                _ => ReadNullableString(),
            };
        }

        return FieldValues.InSlots(values);
    }

    public TextPosition ReadPosition()
    {
        int offset = ReadNumber();
        int line = ReadNumber();
        return new TextPosition(offset, line, ReadNumber());
    }

    public static SourceDocument ReadSource(string record)
    {
        var reader = new CompiledReader(record);
        string id = reader.ReadString();
        string fileName = reader.ReadString();
        string text = reader.ReadString();
        string? title = reader.ReadNullableString();
        Party? author = reader.ReadParty();
        Uri? url = reader.ReadUrl();
        return new SourceDocument(id, fileName, text, title, author?.Name, author?.Kind, url, reader.ReadDate());
    }

    private readonly InvalidOperationException Corrupt() =>
        new($"The compiled claims are damaged at character {_position}: build the project again.");
}
