using System;
using System.Collections.Generic;
using System.Threading;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Parsing;

/// <summary>
/// State shared by every input of one parse: the text, Sprache's memo table, and the objects the parse reuses instead of
/// allocating per token or per field: the token parsers' results, and a slot per combinator for its own. One parse owns
/// a session, so parses on other threads never share them.
/// </summary>
internal sealed class ParseSession
{
    private static int s_slotCount;

    private Dictionary<object, object>? _memos;
    private object?[] _slots = new object?[Volatile.Read(ref s_slotCount)];

    public ParseSession(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public IDictionary<object, object> Memos => _memos ??= [];

    /// <summary>Gets the result every successful name or keyword token of this parse returns.</summary>
    public ReusedSuccess<NameToken> NameSuccess { get; } = new();

    /// <summary>Gets the result every successful value token of this parse returns.</summary>
    public ReusedSuccess<ValueToken> ValueSuccess { get; } = new();

    /// <summary>Gets the failure every name or keyword token parser of this parse returns.</summary>
    public ReusedFailure<NameToken> NameFailure { get; } = new();

    /// <summary>Gets the failure every value token parser of this parse returns.</summary>
    public ReusedFailure<ValueToken> ValueFailure { get; } = new();

    /// <summary>Reserves a slot for what one combinator reuses; a combinator reserves it once, when the grammar is built.</summary>
    public static int ReserveSlot() => Interlocked.Increment(ref s_slotCount) - 1;

    /// <summary>Gets a combinator's slot in this parse, empty until the combinator first fills it.</summary>
    public ref object? Slot(int slot)
    {
        if (slot >= _slots.Length)
        {
            Array.Resize(ref _slots, Volatile.Read(ref s_slotCount));
        }

        return ref _slots[slot];
    }
}
