using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sprache;

namespace FactCheck.Language.Parsing;

/// <summary>
/// The two combinators the grammar needs beside Sprache's <c>XOr</c> and <c>Return</c>, pure like Sprache's own: each call
/// returns new results and keeps nothing between calls. Sprache's <c>Then</c>, <c>XMany</c> and query syntax build new
/// parsers and closures on every call: over the same token parsers they allocated 33 KB per claim and parsed 10,000 claims
/// slower than Gherkin. And Sprache's repetitions forget why they stopped, so a failure after a list could not name what
/// the list would have taken.
/// </summary>
internal static class Combinators
{
    /// <summary>Parses <paramref name="first"/>, <paramref name="second"/> and <paramref name="third"/> in turn, and combines their values.</summary>
    public static Parser<TResult> Then<T1, T2, T3, TResult>(
        this Parser<T1> first,
        Parser<T2> second,
        Parser<T3> third,
        Func<T1, T2, T3, TResult> combine) =>
        input =>
        {
            IResult<T1> one = first(input);
            if (!one.WasSuccessful)
            {
                return Failure<TResult, T1>(one);
            }

            IResult<T2> two = second(one.Remainder);
            if (!two.WasSuccessful)
            {
                return Failure<TResult, T2>(two);
            }

            IResult<T3> three = third(two.Remainder);
            return three.WasSuccessful
                ? Result.Success(combine(one.Value, two.Value, three.Value), three.Remainder)
                : Failure<TResult, T3>(three);
        };

    /// <summary>
    /// Zero or more groups, each a <paramref name="head"/> and one or more <paramref name="member"/>s made into one element by
    /// <paramref name="combine"/>, up to where <paramref name="next"/> can start: <c>(head member+)* ⟨next⟩</c>, where
    /// <paramref name="next"/> is looked at, not consumed. Anywhere else the groups fail where they stopped, and the failure
    /// lists everything that could have come there: another member, another head, or what comes next. A head followed
    /// straight by another head or by <paramref name="next"/> is a group with no member, left for the caller to report.
    /// Fails without consuming input only if the first head fails so and <paramref name="next"/> cannot start either.
    /// </summary>
    /// <remarks>
    /// Between groups the head is tried before the member: the grammar's heads and members never start alike, and a group
    /// usually has one member, so a list of fields meets a failed parse only where it ends.
    /// </remarks>
    public static Parser<EquatableArray<TGroup>> GroupsBefore<THead, TMember, TGroup, TNext>(
        this Parser<THead> head,
        Parser<TMember> member,
        Func<THead, EquatableArray<TMember>, TGroup> combine,
        Parser<TNext> next)
        where TMember : IEquatable<TMember>
        where TGroup : IEquatable<TGroup> =>
        input =>
        {
            var groups = new Gathering<TGroup>(GroupsCapacity);
            var members = new Gathering<TMember>(MembersCapacity);
            THead? groupHead = default;
            IResult<TMember>? lastMember = null;
            IInput remainder = input;
            while (true)
            {
                IResult<THead> nextHead = head(remainder);
                if (nextHead.WasSuccessful)
                {
                    if (lastMember is not null)
                    {
                        groups.Add(combine(groupHead!, members.ToArray()));
                        members = new Gathering<TMember>(MembersCapacity);
                    }

                    groupHead = nextHead.Value;
                    lastMember = member(nextHead.Remainder);
                    if (!lastMember.WasSuccessful)
                    {
                        if (!lastMember.Remainder.Equals(nextHead.Remainder) || !(head(nextHead.Remainder).WasSuccessful || next(nextHead.Remainder).WasSuccessful))
                        {
                            return Failure<EquatableArray<TGroup>, TMember>(lastMember);
                        }

                        // A head with no member, followed by another head or by what comes next, is a group of its own, so
                        // that the binder reports it at the head: an empty field stands where it is written, not at
                        // whatever follows it.
                        groups.Add(combine(groupHead, members.ToArray()));
                        lastMember = null;
                        remainder = nextHead.Remainder;
                        continue;
                    }

                    members.Add(lastMember.Value);
                    remainder = lastMember.Remainder;
                    continue;
                }

                if (!nextHead.Remainder.Equals(remainder))
                {
                    return Failure<EquatableArray<TGroup>, THead>(nextHead);
                }

                IResult<TMember>? moreMember = null;
                if (lastMember is not null)
                {
                    moreMember = member(remainder);
                    if (moreMember.WasSuccessful)
                    {
                        members.Add(moreMember.Value);
                        remainder = moreMember.Remainder;
                        continue;
                    }

                    if (!moreMember.Remainder.Equals(remainder))
                    {
                        return Failure<EquatableArray<TGroup>, TMember>(moreMember);
                    }

                    groups.Add(combine(groupHead!, members.ToArray()));
                }

                IResult<TNext> following = next(remainder);
                if (following.WasSuccessful)
                {
                    return Result.Success(groups.ToArray(), remainder);
                }

                IEnumerable<string> expected = moreMember is null
                    ? [.. nextHead.Expectations, .. following.Expectations]
                    : [.. moreMember.Expectations, .. nextHead.Expectations, .. following.Expectations];
                return Result.Failure<EquatableArray<TGroup>>(remainder, following.Message, expected);
            }
        };

    // Room for a whole entry's fields, and for the commonest list of several values (a source id and a passage).
    private const int GroupsCapacity = 16;
    private const int MembersCapacity = 2;

    /// <summary>The failure of a parser, as the failure of the parser it is part of.</summary>
    private static IResult<T> Failure<T, TFailed>(IResult<TFailed> failed) =>
        Result.Failure<T>(failed.Remainder, failed.Message, failed.Expectations);

    /// <summary>Gathers a list's elements into an array of their number: most lists of values hold one, which needs no buffer.</summary>
    private struct Gathering<T>(int capacity)
        where T : IEquatable<T>
    {
        private T? _single;
        private T[]? _many;
        private int _count;

        public void Add(T item)
        {
            if (_count == 0)
            {
                _single = item;
            }
            else
            {
                if (_many is null)
                {
                    _many = new T[capacity];
                    _many[0] = _single!;
                }
                else if (_count == _many.Length)
                {
                    Array.Resize(ref _many, _count * 2);
                }

                _many[_count] = item;
            }

            _count++;
        }

        public readonly EquatableArray<T> ToArray()
        {
            if (_count < 2)
            {
                return new(_count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create(_single!));
            }

            T[] items = _many!;
            if (items.Length != _count)
            {
                Array.Resize(ref items, _count);
            }

            // The array is this list's alone from here on: no copy.
            return new(ImmutableCollectionsMarshal.AsImmutableArray(items));
        }
    }
}
