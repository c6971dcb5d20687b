using System;
using System.Collections.Generic;
using FactCheck.Language.Text;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Sprache input over a <c>.check</c> text. Sprache's own input allocates one object per character;
/// the token parsers here jump a whole token at once with <see cref="AdvanceTo"/>, so a parse allocates per token.
/// </summary>
internal sealed class CheckInput : IInput
{
    private readonly ParseSession _session;
    private readonly TextPosition _position;

    private CheckInput(ParseSession session, TextPosition position)
    {
        _session = session;
        _position = position;
    }

    public string Source => _session.Text;

    public char Current => _session.Text[_position.Offset];

    public bool AtEnd => _position.Offset >= _session.Text.Length;

    public int Position => _position.Offset;

    public int Line => _position.Line;

    public int Column => _position.Column;

    public IDictionary<object, object> Memos => _session.Memos;

    public TextPosition TextPosition => _position;

    /// <summary>Gets the parse this input belongs to.</summary>
    public ParseSession Session => _session;

    public static CheckInput Start(ParseSession session) => new(session, new TextPosition(0, 1, 1));

    public static CheckInput At(ParseSession session, TextPosition position) => new(session, position);

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the source.");
        }

        return AdvanceTo(_position.Offset + 1);
    }

    public CheckInput AdvanceTo(int offset) =>
        offset == _position.Offset ? this : new CheckInput(_session, PositionAt(offset));

    /// <summary>An input at <paramref name="position"/>, already computed, at or after this input's.</summary>
    public CheckInput MoveTo(TextPosition position) => new(_session, position);

    /// <summary>The position of <paramref name="offset"/>, at or after this input's, without making an input for it.</summary>
    public TextPosition PositionAt(int offset) => LineBreaks.Walk(_session.Text, _position, offset);

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => _position.Offset;

    public override string ToString() => $"Line {Line}, Column {Column}";
}
