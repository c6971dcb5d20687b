using System;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary><c>correction:</c>: read into the model in the order written, held after the review (FC0030) and before the build's or report's day (FC0031).</summary>
public sealed class CorrectionTests
{
    private static readonly CalendarDate s_today = new(2026, 11, 29);

    [Fact]
    public void Corrections_reach_the_model_in_the_order_written()
    {
        CheckCompilation compilation = Checks.Compile(
            $"{Checks.IsisClaim} reviewed: 2026-11-21\n  correction: 2026-11-25 'The note said 2018; it now says 2017.'\n  correction: 2026-11-22 \"Fixed a typo \\\"twice\\\".\"");

        Assert.Empty(compilation.Diagnostics);
        Claim claim = Assert.Single(compilation.ToModel(path => path).Claims);
        Assert.Equal(
            [new Correction(new CalendarDate(2026, 11, 25), "The note said 2018; it now says 2017."), new Correction(new CalendarDate(2026, 11, 22), "Fixed a typo \"twice\".")],
            claim.Corrections);
    }

    [Fact]
    public void A_claim_without_corrections_has_an_empty_list()
    {
        Claim claim = Assert.Single(Checks.Compile(Checks.IsisClaim).ToModel(path => path).Claims);

        Assert.Empty(claim.Corrections);
    }

    [Fact]
    public void FC0030_a_correction_before_the_review_is_reported_at_its_date_and_the_claim_is_left_out()
    {
        CheckCompilation compilation = Checks.CompileWithSingleDiagnostic(
            $"{Checks.IsisClaim}\n  reviewed: 2026-11-21\n  correction: 2026-11-21 'Same day.'\n  correction: 2026-11-20 'A day early.'",
            "FC0030 4:15",
            "This correction is dated 2026-11-20, before the claim was reviewed on 2026-11-21 (reviewed: at line 2, column 13)",
            "Date it on or after 2026-11-21, or fix reviewed:.");

        Assert.True(compilation.HasErrors);
        Assert.Empty(compilation.Set.Claims);
    }

    [Fact]
    public void FC0030_the_review_written_after_the_correction_still_counts()
    {
        Checks.SingleDiagnostic($"{Checks.IsisClaim} correction: 2020-01-01 'Early.' reviewed: 2026-11-21", "FC0030 1:70");
    }

    [Fact]
    public void FC0031_a_correction_after_the_day_after_the_build_date_is_reported_at_its_date()
    {
        CheckCompilation compilation = Compile(
            $"{Checks.IsisClaim}\n  correction: 2026-11-30 'Made in Auckland on the morning of 30 November.'\n  correction: 2026-12-01 'Not made yet.'",
            s_today);

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0031 3:15");
        Assert.Contains("This correction is dated 2026-12-01, a day that has not begun anywhere on Earth by 2026-11-29 UTC, the date of this build or report", compilation.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Date it the day the change was made, on or before 2026-11-30.", compilation.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(compilation.HasErrors);
    }

    [Fact]
    public void FC0031_is_checked_only_against_a_date_given()
    {
        Assert.Empty(Checks.Compile($"{Checks.IsisClaim} correction: 9999-12-31 'Far ahead.'").Diagnostics);
    }

    [Fact]
    public void FC0031_checks_the_corrections_of_a_claim_that_has_other_errors()
    {
        CheckCompilation compilation = Compile($"{Checks.IsisClaim} tags: a, a, b status: false\n  correction: 2027-01-01 'Ahead.'", s_today);

        Assert.Contains("FC0031 2:15", Checks.Positions(compilation.Diagnostics));
    }

    [Fact]
    public void A_recompilation_with_the_previous_compilation_gives_the_same_corrections_diagnostics()
    {
        var file = new TextFile(Checks.FileName, $"{Checks.IsisClaim} correction: 2027-01-01 'Ahead.'");
        CheckCompilation first = CheckCompilation.Compile([file], Repository.SeedFiles, s_today);

        CheckCompilation again = CheckCompilation.Compile([file], Repository.SeedFiles, first, s_today);

        Assert.Equal(Checks.Positions(first.Diagnostics), Checks.Positions(again.Diagnostics));
        Assert.Equal(["FC0031 1:70"], Checks.Positions(again.Diagnostics));
    }

    [Theory]
    [InlineData(2026, 11, 29, 2026, 11, 30)]
    [InlineData(2026, 12, 31, 2027, 1, 1)]
    [InlineData(2028, 2, 28, 2028, 2, 29)]
    [InlineData(9999, 12, 31, 9999, 12, 31)]
    public void The_latest_date_a_correction_may_have_is_the_day_after_the_UTC_date(int year, int month, int day, int latestYear, int latestMonth, int latestDay)
    {
        Assert.Equal(new CalendarDate(latestYear, latestMonth, latestDay), Correction.LatestDate(new CalendarDate(year, month, day)));
    }

    [Fact]
    public void A_correction_compares_by_value_and_refuses_a_null_text()
    {
        var correction = new Correction(s_today, "Text");

        Assert.Equal(new Correction(new CalendarDate(2026, 11, 29), "Text"), correction);
        Assert.NotEqual(new Correction(s_today, "text"), correction);
        Assert.Equal("2026-11-29 'Text'", correction.ToString());
        Assert.Throws<ArgumentNullException>(() => new Correction(s_today, null!));
    }

    private static CheckCompilation Compile(string text, CalendarDate today) =>
        CheckCompilation.Compile([new TextFile(Checks.FileName, text)], Repository.SeedFiles, today);
}
