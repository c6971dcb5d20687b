using System;
using System.Collections.Generic;

namespace FactCheck.Language.Parsing;

/// <summary>
/// State shared by every input of one parse: the text, Sprache's memo table, and the objects the parse reuses instead of
/// allocating per token or per field (results and list buffers). One parse owns a session, so parses on other threads
/// never share them.
/// </summary>
internal sealed class ParseSession
{
    private Dictionary<object, object>? _memos;
    private object?[] _successes = new object?[ResultSlot.Count];
    private object?[] _failures = new object?[ResultSlot.Count];
    private object?[] _buffers = new object?[ResultSlot.Count];

    public ParseSession(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public IDictionary<object, object> Memos => _memos ??= [];

    /// <summary>Gets the successful result that every parser with values of type <typeparamref name="T"/> fills in again.</summary>
    public ReusedSuccess<T> Success<T>() => (ReusedSuccess<T>)(Slot<T>(ref _successes) ??= new ReusedSuccess<T>());

    /// <summary>Gets the failure that the token parsers with values of type <typeparamref name="T"/> fill in again.</summary>
    public ReusedFailure<T> Failure<T>() => (ReusedFailure<T>)(Slot<T>(ref _failures) ??= new ReusedFailure<T>());

    /// <summary>Takes an empty list to gather elements in; hand it back with <see cref="ReturnBuffer"/>.</summary>
    public List<T> RentBuffer<T>(int capacity)
    {
        ref object? slot = ref Slot<T>(ref _buffers);
        // A repetition nested in one of the same type finds the slot empty and gets a list of its own.
        var buffer = (List<T>?)slot ?? new List<T>(capacity);
        slot = null;
        return buffer;
    }

    /// <summary>Empties a list from <see cref="RentBuffer"/> and keeps it for the next repetition.</summary>
    public void ReturnBuffer<T>(List<T> buffer)
    {
        buffer.Clear();
        Slot<T>(ref _buffers) = buffer;
    }

    private static ref object? Slot<T>(ref object?[] slots)
    {
        int index = ResultSlot<T>.Index;
        if (index >= slots.Length)
        {
            Array.Resize(ref slots, Math.Max(index + 1, ResultSlot.Count));
        }

        return ref slots[index];
    }
}
