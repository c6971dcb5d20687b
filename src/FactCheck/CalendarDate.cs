using System;
using System.Globalization;

namespace FactCheck;

/// <summary>A day on the calendar, with no time and no time zone: when a claim was made, reviewed or published.</summary>
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    /// <summary>Initializes a new instance of the <see cref="CalendarDate"/> struct.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The three do not name a day of the calendar.</exception>
    public CalendarDate(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a day of the calendar.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month, from 1.</summary>
    public int Day { get; }

    /// <summary>Compares two dates by value.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when both are the same day.</returns>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Compares two dates by value.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when they are different days.</returns>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the earlier day.</returns>
    public static bool operator <(CalendarDate left, CalendarDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the later day.</returns>
    public static bool operator >(CalendarDate left, CalendarDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the same or an earlier day.</returns>
    public static bool operator <=(CalendarDate left, CalendarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the same or a later day.</returns>
    public static bool operator >=(CalendarDate left, CalendarDate right) => left.CompareTo(right) >= 0;

    /// <summary>Gets the day's midnight as a <see cref="DateTime"/> of unspecified kind.</summary>
    /// <returns>The date and time.</returns>
    public DateTime ToDateTime() => new(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified);

#if NET6_0_OR_GREATER
    /// <summary>Gets the same day as a <see cref="DateOnly"/>.</summary>
    /// <returns>The date.</returns>
    public DateOnly ToDateOnly() => new(Year, Month, Day);

    /// <summary>Gets the day a <see cref="DateOnly"/> names.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same day.</returns>
    public static CalendarDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);
#endif

    /// <inheritdoc/>
    public bool Equals(CalendarDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year * 512) + (Month * 32) + Day;

    /// <inheritdoc/>
    public int CompareTo(CalendarDate other) => GetHashCode().CompareTo(other.GetHashCode());

    /// <summary>Gets the date as <c>yyyy-MM-dd</c>, as a <c>.check</c> file writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);
}
