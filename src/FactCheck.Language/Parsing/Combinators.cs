using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Sequencing and repetition with Sprache's semantics (<c>Then</c>, <c>XMany</c>, <c>XAtLeastOnce</c>) over a
/// <see cref="CheckInput"/>, written so that a successful call allocates nothing but its value: the result object and
/// the list buffer are the <see cref="ParseSession"/>'s, filled in again each time. Sprache's own build new parsers and
/// closures on every call, and its <c>XMany</c> runs the element once more to detect a partial match; in the grammar's
/// innermost loops that was most of the parse time and memory.
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

        // Read before the second parser runs, which may fill in the same reused result again.
        T1 firstValue = one.Value;
        IResult<T2> two = second(one.Remainder);
        return two.WasSuccessful
            ? Session(input).Success<TResult>().Of(combine(firstValue, two.Value), two.Remainder)
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
        ParseSession session = Session(input);
        // Most fields hold one value: a single element needs no buffer.
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
                    Return(session, many);
                    return Result.Failure<EquatableArray<T>>(result.Remainder, result.Message, result.Expectations);
                }

                ImmutableArray<T> items = count switch
                {
                    0 => ImmutableArray<T>.Empty,
                    1 => ImmutableArray.Create(single!),
                    _ => ImmutableArray.CreateRange(many!),
                };
                Return(session, many);
                return session.Success<EquatableArray<T>>().Of(new EquatableArray<T>(items), remainder);
            }

            if (count == 0)
            {
                single = result.Value;
            }
            else
            {
                if (many is null)
                {
                    many = session.RentBuffer<T>(ManyCapacity);
                    many.Add(single!);
                }

                many.Add(result.Value);
            }

            count++;
            remainder = result.Remainder;
        }
    }

    private static void Return<T>(ParseSession session, List<T>? buffer)
    {
        if (buffer is not null)
        {
            session.ReturnBuffer(buffer);
        }
    }

    private static ParseSession Session(IInput input) => ((CheckInput)input).Session;
}
