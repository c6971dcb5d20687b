using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// A successful result that a token parser of one kind, or one combinator, fills in again every time, instead of
/// allocating one per token or per field. Safe because every combinator reads a result's value and remainder before the
/// parser that gave it runs again (<see cref="Combinators.Then"/> reads its first value before running the second), and
/// one parse (one <see cref="ParseSession"/>) owns each instance.
/// </summary>
/// <typeparam name="T">The token's value.</typeparam>
internal sealed class ReusedSuccess<T> : IResult<T>
{
    private T _value = default!;
    private IInput _remainder = null!;

    public T Value => _value;

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => Enumerable.Empty<string>();

    public IInput Remainder => _remainder;

    /// <summary>Makes this the result of the value just parsed.</summary>
    public IResult<T> Of(T value, IInput remainder)
    {
        _value = value;
        _remainder = remainder;
        return this;
    }
}
