using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>The value of a <see cref="FieldShape.Party"/> field: a name and its kind. Immutable, and equal when both are. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Party : IEquatable<Party>
{
    /// <summary>Initializes a new instance of the <see cref="Party"/> class.</summary>
    /// <param name="name">The name, as written.</param>
    /// <param name="kind">Whether it names a person or an organisation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public Party(string name, PartyKind kind)
    {
        Name = Argument.NotNull(name, nameof(name));
        Kind = kind is PartyKind.Person or PartyKind.Organization ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of party.");
    }

    /// <summary>Gets the words that mark a kind before a name in a <c>.check</c> file, which the JSON export writes too, in the order of <see cref="PartyKind"/>.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ReadOnly.Wrap(new[] { "person", "organization" });

    /// <summary>Gets the name, as written.</summary>
    public string Name { get; }

    /// <summary>Gets whether the name is a person's or an organisation's.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets the word that marks a kind: <c>person</c> or <c>organization</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    public static string Keyword(PartyKind kind) => Keywords[(int)kind];

    /// <summary>Finds the kind a word marks.</summary>
    /// <param name="word">The word, which must match exactly.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the word marks a kind.</returns>
    public static bool TryParseKind(string word, out PartyKind kind)
    {
        for (int i = 0; i < Keywords.Count; i++)
        {
            if (string.Equals(Keywords[i], word, StringComparison.Ordinal))
            {
                kind = (PartyKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Party? other) => other is not null && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Party);

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Name) * 31) + (int)Kind;

    /// <inheritdoc/>
    public override string ToString() => $"{Keyword(Kind)} '{Name}'";
}
