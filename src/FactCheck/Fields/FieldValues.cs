using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace FactCheck.Fields;

/// <summary>
/// The values of a claim's plain fields (<see cref="ClaimFields.Plain"/>), by field: a text, word or address as a
/// string, a name with its kind as a <see cref="Fields.Party"/>, a date as a <see cref="CalendarDate"/>, a word list as
/// a read-only list, corrections as a read-only list of <see cref="Correction"/>. Immutable, and equal when every value
/// is. For FactCheck's own tools.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FieldValues : IEquatable<FieldValues>
{
    private readonly object?[] _values;

    private FieldValues(object?[] values) => _values = values;

    /// <summary>Gets values with every field absent.</summary>
    public static FieldValues Empty { get; } = new(new object?[ClaimFields.Plain.Count]);

    /// <summary>Gets a field's value: a string, a <see cref="Fields.Party"/>, a <see cref="CalendarDate"/>, a read-only list of strings or of <see cref="Correction"/>, or <see langword="null"/> when absent.</summary>
    /// <param name="field">A plain claim field.</param>
    public object? this[FieldSpec field] => _values[SlotOf(field)];

    /// <summary>Makes the values of every plain field at once, in table order: what a reader of a whole claim calls.</summary>
    /// <param name="valueOf">Gets a field's value, as <see cref="With"/> takes it.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentException">A value does not have the form its field takes.</exception>
    public static FieldValues Create(Func<FieldSpec, object?> valueOf)
    {
        var values = new object?[ClaimFields.Plain.Count];
        for (int slot = 0; slot < values.Length; slot++)
        {
            values[slot] = valueOf(ClaimFields.Plain[slot]);
        }

        return InSlots(values);
    }

    /// <summary>Makes values from one per plain field, in table order, checking each; the array becomes the values' own.</summary>
    internal static FieldValues InSlots(object?[] values)
    {
        for (int slot = 0; slot < values.Length; slot++)
        {
            values[slot] = Checked(ClaimFields.Plain[slot], values[slot]);
        }

        return new FieldValues(values);
    }

    /// <summary>Gets a copy with one field's value set.</summary>
    /// <param name="field">A plain claim field.</param>
    /// <param name="value">
    /// The value in the form the field's shape takes, or <see langword="null"/>; an empty list counts as absent. A
    /// party field also takes a string, as the language reads an unmarked name: a person's.
    /// </param>
    /// <returns>The new values.</returns>
    /// <exception cref="ArgumentException">The value does not have the form the field takes.</exception>
    public FieldValues With(FieldSpec field, object? value)
    {
        var values = (object?[])_values.Clone();
        values[SlotOf(field)] = Checked(field, value);
        return new FieldValues(values);
    }

    /// <summary>Gets the value of a text, word or address field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Text(FieldSpec field) => (string?)this[field];

    /// <summary>Gets the value of a party field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The name and its kind, or <see langword="null"/>.</returns>
    public Party? Party(FieldSpec field) => (Party?)this[field];

    /// <summary>Gets the value of a date field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public CalendarDate? Date(FieldSpec field) => (CalendarDate?)this[field];

    /// <summary>Gets the value of a word list field, empty when absent.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The words.</returns>
    public IReadOnlyList<string> Words(FieldSpec field) => (IReadOnlyList<string>?)this[field] ?? ReadOnly.Wrap(Array.Empty<string>());

    /// <summary>Gets the value of a corrections field, empty when absent.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The corrections, in the order written.</returns>
    public IReadOnlyList<Correction> Corrections(FieldSpec field) => (IReadOnlyList<Correction>?)this[field] ?? ReadOnly.Wrap(Array.Empty<Correction>());

    /// <inheritdoc/>
    public bool Equals(FieldValues? other)
    {
        if (other is null)
        {
            return false;
        }

        for (int i = 0; i < _values.Length; i++)
        {
            bool same = (_values[i], other._values[i]) switch
            {
                (IReadOnlyList<string> words, IReadOnlyList<string> otherWords) => words.SequenceEqual(otherWords, StringComparer.Ordinal),
                (IReadOnlyList<Correction> corrections, IReadOnlyList<Correction> otherCorrections) => corrections.SequenceEqual(otherCorrections),
                var (value, otherValue) => Equals(value, otherValue),
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldValues);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 17;
        foreach (object? value in _values)
        {
            int valueHash = value switch
            {
                IReadOnlyList<string> words => words.Aggregate(words.Count, (total, word) => (total * 31) + StringComparer.Ordinal.GetHashCode(word)),
                IReadOnlyList<Correction> corrections => corrections.Aggregate(corrections.Count, (total, correction) => (total * 31) + correction.GetHashCode()),
                _ => value?.GetHashCode() ?? 0,
            };
            hash = (hash * 31) + valueHash;
        }

        return hash;
    }

    private static int SlotOf(FieldSpec field) =>
        field.Slot >= 0 && field.Slot < ClaimFields.Plain.Count && ReferenceEquals(ClaimFields.Plain[field.Slot], field)
            ? field.Slot
            : throw new ArgumentException($"'{field.Name}:' is not a plain claim field.", nameof(field));

    private static IReadOnlyList<T>? List<T>(FieldSpec field, T[] items)
        where T : class =>
        Array.IndexOf(items, null) >= 0 ? throw new ArgumentException($"'{field.Name}:' holds no null value.", nameof(field))
        : items.Length == 0 ? null
        : ReadOnly.Wrap(items);

    private static object? Checked(FieldSpec field, object? value) => (field.Shape, value) switch
    {
        (_, null) => null,
        (FieldShape.Text or FieldShape.Word or FieldShape.Url, string text) => text,
        (FieldShape.Party, Party party) => party,
        (FieldShape.Party, string name) => new Party(name, PartyKind.Person),
        (FieldShape.Date, CalendarDate date) => date,
        (FieldShape.WordList, IEnumerable<string> words) => List(field, words.ToArray()),
        (FieldShape.Correction, IEnumerable<Correction> corrections) => List(field, corrections.ToArray()),
        _ => throw new ArgumentException($"'{field.Name}:' takes a {field.Shape} value, not {value.GetType().Name}.", nameof(value)),
    };
}
