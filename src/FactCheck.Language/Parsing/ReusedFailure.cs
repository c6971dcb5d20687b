using System;
using System.Collections.Generic;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// A failure that the token parsers of one kind fill in again every time they fail, instead of allocating one: every field's value
/// list and every entry's field list ends on a failed token. Safe for the reason <see cref="ReusedSuccess{T}"/> is:
/// each combinator above the token parsers reads a failure (or copies it into its own) before any other token is parsed.
/// </summary>
/// <typeparam name="T">The token's value.</typeparam>
internal sealed class ReusedFailure<T> : IResult<T>
{
    private IInput _remainder = null!;
    private IEnumerable<string> _expectations = [];

    public T Value => throw new InvalidOperationException("A failed parse has no value.");

    public bool WasSuccessful => false;

    public string Message => "unexpected input";

    public IEnumerable<string> Expectations => _expectations;

    public IInput Remainder => _remainder;

    /// <summary>Makes this the failure at <paramref name="input"/>, where one of <paramref name="expectations"/> was wanted.</summary>
    public IResult<T> At(IInput input, string[] expectations)
    {
        _remainder = input;
        _expectations = expectations;
        return this;
    }
}
