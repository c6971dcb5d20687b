using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Sequencing and repetition with Sprache's semantics (<c>Then</c>, <c>XMany</c>, <c>XAtLeastOnce</c>), written so
/// that a call allocates nothing but its results. Sprache's own build new parsers and closures on every call, and
/// its <c>XMany</c> runs the element once more to detect a partial match; in the grammar's innermost loops that was
/// most of the parse time and memory.
/// </summary>
internal static class Combinators
{
    /// <summary>Parses <paramref name="first"/> then <paramref name="second"/>, and combines their values.</summary>
    public static Parser<TResult> Then<T1, T2, TResult>(this Parser<T1> first, Parser<T2> second, Func<T1, T2, TResult> combine) => input =>
    {
        IResult<T1> one = first(input);
        if (!one.WasSuccessful)
        {
            return Result.Failure<TResult>(one.Remainder, one.Message, one.Expectations);
        }

        IResult<T2> two = second(one.Remainder);
        return two.WasSuccessful
            ? Result.Success(combine(one.Value, two.Value), two.Remainder)
            : Result.Failure<TResult>(two.Remainder, two.Message, two.Expectations);
    };

    /// <summary>Zero or more elements; fails if an element fails after consuming input.</summary>
    public static Parser<EquatableArray<T>> ZeroOrMore<T>(this Parser<T> element)
        where T : IEquatable<T> => input => Repeat(element, input, atLeastOne: false);

    /// <summary>One or more elements; fails if there is none, or an element fails after consuming input.</summary>
    public static Parser<EquatableArray<T>> OneOrMore<T>(this Parser<T> element)
        where T : IEquatable<T> => input => Repeat(element, input, atLeastOne: true);

    // Room for a whole entry's fields without growing: growing a list from one element was a measurable share of the parse.
    private const int ManyCapacity = 16;

    private static IResult<EquatableArray<T>> Repeat<T>(Parser<T> element, IInput input, bool atLeastOne)
        where T : IEquatable<T>
    {
        // Most fields hold one value and most entries a handful of fields: a single element needs no buffer.
        T? single = default;
        List<T>? many = null;
        int count = 0;
        IInput remainder = input;
        while (true)
        {
            IResult<T> result = element(remainder);
            if (!result.WasSuccessful)
            {
                if (!result.Remainder.Equals(remainder) || (atLeastOne && count == 0))
                {
                    return Result.Failure<EquatableArray<T>>(result.Remainder, result.Message, result.Expectations);
                }

                ImmutableArray<T> items = count switch
                {
                    0 => ImmutableArray<T>.Empty,
                    1 => ImmutableArray.Create(single!),
                    _ => ImmutableArray.CreateRange(many!),
                };
                return Result.Success(new EquatableArray<T>(items), remainder);
            }

            if (count == 0)
            {
                single = result.Value;
            }
            else
            {
                many ??= new List<T>(ManyCapacity) { single! };
                many.Add(result.Value);
            }

            count++;
            remainder = result.Remainder;
        }
    }
}
