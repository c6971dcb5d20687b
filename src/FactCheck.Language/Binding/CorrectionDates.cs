using System.Collections.Generic;
using System.Collections.Immutable;
using FactCheck.Language.Diagnostics;

namespace FactCheck.Language.Binding;

/// <summary>
/// Holds corrections to the date of the build or the report: one dated later than that day can be anywhere on Earth
/// has not been made yet (FC0031). Apart from binding, so that the build's date reaches only this check: when the day
/// changes, no file is parsed or bound again.
/// </summary>
internal static class CorrectionDates
{
    /// <summary>Reports every correction of a file dated in the future of a day.</summary>
    /// <param name="path">The <c>.check</c> file.</param>
    /// <param name="corrections">Its corrections, as bound.</param>
    /// <param name="utcDate">The date in UTC of the build or the report, or <see langword="null"/> to check nothing.</param>
    /// <returns>The diagnostics, in file order.</returns>
    public static EquatableArray<CheckDiagnostic> Check(string path, EquatableArray<DatedCorrection> corrections, CalendarDate? utcDate)
    {
        if (utcDate is not { } today || corrections.Count == 0)
        {
            return new EquatableArray<CheckDiagnostic>(ImmutableArray<CheckDiagnostic>.Empty);
        }

        CalendarDate latest = Correction.LatestDate(today);
        var diagnostics = new List<CheckDiagnostic>();
        foreach (DatedCorrection read in corrections)
        {
            if (read.Correction.Date > latest)
            {
                diagnostics.Add(DiagnosticCatalog.CorrectionInFuture.At(path, read.DateRange, $"This correction is dated {read.Correction.Date}, a day that has not begun anywhere on Earth by {today} UTC, the date of this build or report: a correction records a change already made. Date it the day the change was made, on or before {latest}."));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
