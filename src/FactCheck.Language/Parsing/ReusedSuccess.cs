using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// A successful result that a token parser fills in again for every token of its kind, instead of allocating one per
/// token. Safe because every combinator above the token parsers reads a token's value and remainder before the next
/// token of the same kind is parsed, and one parse (one <see cref="ParseSession"/>) owns each instance.
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

    /// <summary>Makes this the result of the token just parsed.</summary>
    public IResult<T> Of(T value, IInput remainder)
    {
        _value = value;
        _remainder = remainder;
        return this;
    }
}
