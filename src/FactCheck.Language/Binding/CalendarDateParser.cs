using System;

namespace FactCheck.Language.Binding;

/// <summary>Reads the dates a <c>.check</c> file writes, <c>YYYY-MM-DD</c>, into the runtime's <see cref="CalendarDate"/>.</summary>
internal static class CalendarDateParser
{
    /// <summary>Reads a <c>YYYY-MM-DD</c> date that exists on the calendar.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or <see langword="null"/> when the text is not one.</returns>
    /// <remarks>Read by hand: <c>DateTime.TryParseExact</c> compared the format with culture rules and showed in the generator's profile.</remarks>
    public static CalendarDate? TryParse(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryReadDigits(text, 0, 4, out int year) || !TryReadDigits(text, 5, 2, out int month) || !TryReadDigits(text, 8, 2, out int day))
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new CalendarDate(year, month, day)
            : null;
    }

    private static bool TryReadDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
