using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// Sequencing and repetition with Sprache's semantics (<c>Then</c>, <c>XMany</c>, <c>XAtLeastOnce</c>) over a
/// <see cref="CheckInput"/>, written so that a successful call allocates nothing but its value: each combinator keeps its
/// result object and list buffer in its slot of the <see cref="ParseSession"/>, and fills them in again each time. Sprache's own build new parsers and
/// closures on every call, and its <c>XMany</c> runs the element once more to detect a partial match; in the grammar's
/// innermost loops that was most of the parse time and memory.
/// </summary>
internal static class Combinators
{
    /// <summary>Parses <paramref name="first"/> then <paramref name="second"/>, and combines their values.</summary>
    public static Parser<TResult> Then<T1, T2, TResult>(this Parser<T1> first, Parser<T2> second, Func<T1, T2, TResult> combine)
    {
        int slot = ParseSession.ReserveSlot();
        return input =>
        {
            IResult<T1> one = first(input);
            if (!one.WasSuccessful)
            {
                return Result.Failure<TResult>(one.Remainder, one.Message, one.Expectations);
            }

            // Read before the second parser runs, which may fill in the same reused result again.
            T1 firstValue = one.Value;
            IResult<T2> two = second(one.Remainder);
            if (!two.WasSuccessful)
            {
                return Result.Failure<TResult>(two.Remainder, two.Message, two.Expectations);
            }

            ref object? reused = ref Session(input).Slot(slot);
            var success = (ReusedSuccess<TResult>)(reused ??= new ReusedSuccess<TResult>());
            return success.Of(combine(firstValue, two.Value), two.Remainder);
        };
    }

    /// <summary>Zero or more elements; fails if an element fails after consuming input.</summary>
    public static Parser<EquatableArray<T>> ZeroOrMore<T>(this Parser<T> element)
        where T : IEquatable<T>
    {
        int slot = ParseSession.ReserveSlot();
        return input => Repeat(element, input, slot, atLeastOne: false);
    }

    /// <summary>One or more elements; fails if there is none, or an element fails after consuming input.</summary>
    public static Parser<EquatableArray<T>> OneOrMore<T>(this Parser<T> element)
        where T : IEquatable<T>
    {
        int slot = ParseSession.ReserveSlot();
        return input => Repeat(element, input, slot, atLeastOne: true);
    }

    // Room for a whole entry's fields without growing: growing a list from one element was a measurable share of the parse.
    private const int ManyCapacity = 16;

    private static IResult<EquatableArray<T>> Repeat<T>(Parser<T> element, IInput input, int slot, bool atLeastOne)
        where T : IEquatable<T>
    {
        ref object? reused = ref Session(input).Slot(slot);
        var state = (RepeatState<T>)(reused ??= new RepeatState<T>());

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
                    state.Return(many);
                    return Result.Failure<EquatableArray<T>>(result.Remainder, result.Message, result.Expectations);
                }

                ImmutableArray<T> items = count switch
                {
                    0 => ImmutableArray<T>.Empty,
                    1 => ImmutableArray.Create(single!),
                    _ => ImmutableArray.CreateRange(many!),
                };
                state.Return(many);
                return state.Success.Of(new EquatableArray<T>(items), remainder);
            }

            if (count == 0)
            {
                single = result.Value;
            }
            else
            {
                if (many is null)
                {
                    many = state.Rent();
                    many.Add(single!);
                }

                many.Add(result.Value);
            }

            count++;
            remainder = result.Remainder;
        }
    }

    private static ParseSession Session(IInput input) => ((CheckInput)input).Session;

    /// <summary>What one repetition reuses through a parse: its result, and a list to gather elements in.</summary>
    private sealed class RepeatState<T>
        where T : IEquatable<T>
    {
        private List<T>? _buffer;

        public ReusedSuccess<EquatableArray<T>> Success { get; } = new();

        /// <summary>Takes the empty list; the repetition nested in itself, if a grammar ever did that, gets a list of its own.</summary>
        public List<T> Rent()
        {
            List<T> buffer = _buffer ?? new List<T>(ManyCapacity);
            _buffer = null;
            return buffer;
        }

        public void Return(List<T>? buffer)
        {
            if (buffer is not null)
            {
                buffer.Clear();
                _buffer = buffer;
            }
        }
    }
}
