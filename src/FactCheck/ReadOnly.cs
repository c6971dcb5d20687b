using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FactCheck;

/// <summary>Lists that a cast cannot turn back into something writable.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Wrap<T>(T[] items) => items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> List = new ReadOnlyCollection<T>([]);
    }
}
