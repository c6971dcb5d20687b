using System;
using System.Globalization;

namespace FactCheck.Language.Binding;

/// <summary>A day, as written <c>YYYY-MM-DD</c>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month.</param>
public sealed record CalendarDate(int Year, int Month, int Day)
{
    /// <summary>Reads a <c>YYYY-MM-DD</c> date that exists on the calendar.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or <see langword="null"/> when the text is not one.</returns>
    public static CalendarDate? TryParse(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day)
            ? new CalendarDate(day.Year, day.Month, day.Day)
            : null;

    /// <summary>Gets the date as a <see cref="DateTime"/> at midnight, of unspecified kind.</summary>
    /// <returns>The date.</returns>
    public DateTime ToDateTime() => new(Year, Month, Day);

    /// <inheritdoc/>
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
