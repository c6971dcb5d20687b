using System;
using System.Collections.Generic;
using System.Threading;

namespace FactCheck;

/// <summary>
/// Where each id of a set stands, built the first time an id is looked up, so a set that is only counted or walked never
/// reads its ids. Of two equal ids the first is kept. Safe to use from several threads.
/// </summary>
internal sealed class IdIndex
{
    private readonly Func<string[]> _readIds;
    private Dictionary<string, int>? _positions;

    /// <summary>Initializes a new instance of the <see cref="IdIndex"/> class.</summary>
    /// <param name="readIds">Reads every id of the set, in the set's order; called once, when first needed.</param>
    public IdIndex(Func<string[]> readIds) => _readIds = readIds;

    /// <summary>Finds the position of an id.</summary>
    /// <param name="id">The id, compared ordinally.</param>
    /// <param name="position">Its position in the set.</param>
    /// <returns>Whether the set holds the id.</returns>
    public bool TryFind(string id, out int position) => Positions().TryGetValue(id, out position);

    private Dictionary<string, int> Positions()
    {
        if (_positions is { } built)
        {
            return built;
        }

        string[] ids = _readIds();
        var positions = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        // Backwards, so that of two equal ids the first is kept.
        for (int i = ids.Length - 1; i >= 0; i--)
        {
            positions[ids[i]] = i;
        }

        return Interlocked.CompareExchange(ref _positions, positions, null) ?? positions;
    }
}
