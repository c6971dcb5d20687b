using System;
using System.Collections.Generic;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Sprache input over a <c>.check</c> text: immutable, like Sprache's own, so any number of parses may hold inputs over
/// any texts at once. Sprache's own input allocates one object per character; the token parsers here jump a whole token at
/// once with <see cref="AdvanceTo"/>, so a parse allocates per token.
/// </summary>
internal sealed class CheckInput : IInput
{
    private readonly string _text;
    private readonly TextPosition _position;

    private CheckInput(string text, TextPosition position)
    {
        _text = text;
        _position = position;
    }

    public string Source => _text;

    public char Current => _text[_position.Offset];

    public bool AtEnd => _position.Offset >= _text.Length;

    public int Position => _position.Offset;

    public int Line => _position.Line;

    public int Column => _position.Column;

    /// <summary>
    /// Not supported: Sprache's memo table serves only <c>Parse.Ref</c>, which the grammar does not use, and a parse makes
    /// an input per token, so a field for it would cost a garbage collection in a large file.
    /// </summary>
    public IDictionary<object, object> Memos =>
        throw new NotSupportedException("A .check input keeps no memo table: the grammar uses no Parse.Ref.");

    public TextPosition TextPosition => _position;

    public static CheckInput Start(string text) => new(text, new TextPosition(0, 1, 1));

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the source.");
        }

        return AdvanceTo(_position.Offset + 1);
    }

    public CheckInput AdvanceTo(int offset) =>
        offset == _position.Offset ? this : new CheckInput(_text, PositionAt(offset));

    /// <summary>An input at <paramref name="position"/>, already computed, at or after this input's.</summary>
    public CheckInput MoveTo(TextPosition position) => new(_text, position);

    /// <summary>The position of <paramref name="offset"/>, at or after this input's, without making an input for it.</summary>
    public TextPosition PositionAt(int offset) => LineBreaks.Walk(_text, _position, offset);

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => _position.Offset;

    public override string ToString() => $"Line {Line}, Column {Column}";
}
