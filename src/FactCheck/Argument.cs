using System;

namespace FactCheck;

/// <summary>Argument checks that read the same on netstandard2.0, which lacks <c>ArgumentNullException.ThrowIfNull</c>.</summary>
internal static class Argument
{
    public static T NotNull<T>(T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}
