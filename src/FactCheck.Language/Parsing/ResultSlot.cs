using System.Threading;

namespace FactCheck.Language.Parsing;

/// <summary>Numbers the result types a parse reuses objects for, so a <see cref="ParseSession"/> finds each type's objects by index.</summary>
internal static class ResultSlot
{
    private static int s_count;

    /// <summary>Gets the number of types numbered so far.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>Numbers a new type.</summary>
    public static int Next() => Interlocked.Increment(ref s_count) - 1;
}

/// <summary>The slot of the result type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">A parser's value type.</typeparam>
internal static class ResultSlot<T>
{
    public static readonly int Index = ResultSlot.Next();
}
