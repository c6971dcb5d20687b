using System;

namespace FactCheck;

/// <summary>A correction published with a claim's check (<c>correction:</c>): the day it was made, and what changed and why.</summary>
public sealed class Correction : IEquatable<Correction>
{
    /// <summary>Initializes a new instance of the <see cref="Correction"/> class.</summary>
    /// <param name="date">The day the correction was made.</param>
    /// <param name="text">What changed and why, as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Correction(CalendarDate date, string text)
    {
        Date = date;
        Text = Argument.NotNull(text, nameof(text));
    }

    /// <summary>Gets the day the correction was made.</summary>
    public CalendarDate Date { get; }

    /// <summary>Gets what changed and why, as written.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the latest day a correction may be dated when the date in UTC is <paramref name="utcDate"/>: the day after it,
    /// since no time zone is more than 14 hours ahead of UTC, so that day has begun somewhere. A later date is in the future
    /// everywhere. Reports and builds decide with this one rule, from a date alone.
    /// </summary>
    /// <param name="utcDate">The date in UTC of the report or the build.</param>
    /// <returns>The latest day.</returns>
    public static CalendarDate LatestDate(CalendarDate utcDate)
    {
        DateTime next = utcDate.ToDateTime().AddDays(utcDate.Year == 9999 && utcDate.Month == 12 && utcDate.Day == 31 ? 0 : 1);
        return new CalendarDate(next.Year, next.Month, next.Day);
    }

    /// <inheritdoc/>
    public bool Equals(Correction? other) => other is not null && Date == other.Date && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Correction);

    /// <inheritdoc/>
    public override int GetHashCode() => (Date.GetHashCode() * 31) + StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => $"{Date} '{Text}'";
}
