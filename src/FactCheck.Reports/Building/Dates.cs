using System;
using System.Globalization;
using FactCheck.Reports.ViewModel;

namespace FactCheck.Reports.Building;

/// <summary>Dates as the page and the JSON-LD write them: invariant, so every machine writes the same bytes.</summary>
internal static class Dates
{
    public static string IsoDay(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateView? Day(CalendarDate? day) => day?.ToDateTime() is { } value
        ? new DateView { Iso = IsoDay(value), Text = value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) }
        : null;

    public static DateView? Moment(DateTimeOffset? moment) => moment?.ToUniversalTime() is { } utc
        ? new DateView
        {
            Iso = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Text = utc.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
        }
        : null;
}
