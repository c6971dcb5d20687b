using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCheck.Compiled;
using FactCheck.Fields;
using FactCheck.Testing;
using static FactCheck.Reports.Tests.TestModel;

namespace FactCheck.Reports.Tests;

/// <summary>Realistic checks of the two seed documents, as an analyst would write them.</summary>
internal static class Samples
{
    private const string CheckFile = "checks/iran.check";

    private static readonly SourceRecord s_scotus = new()
    {
        Id = "000",
        FileName = "000_485e55baddcabb7a.txt",
        Text = ReadSeed("000_485e55baddcabb7a.txt"),
        Title = "Iran is playing 4D chess",
        Author = "Duns Scotus",
        Url = "https://example.org/iran-4d-chess",
        Published = new CalendarDate(2020, 1, 5),
    };

    private static readonly SourceRecord s_petti = new()
    {
        Id = "004",
        FileName = "004_7bfa03b7e0560204.txt",
        Text = ReadSeed("004_7bfa03b7e0560204.txt"),
        Title = "Soleimani's killing did not restore deterrence",
        Author = "Matthew Petti",
        Published = new CalendarDate(2020, 3, 20),
    };

    private static readonly (ClaimSet Claims, SourceSet Sources) s_model = Build([s_scotus, s_petti], Records());

    public static SourceDocument Scotus => s_model.Sources[0];

    public static SourceDocument Petti => s_model.Sources[1];

    public static IReadOnlyList<SourceDocument> Sources => s_model.Sources;

    /// <summary>
    /// Gets ten claims: every verdict but one, evidence of both kinds, links between claims, two overlapping passages,
    /// and a link to a claim of the same set that the report is not given.
    /// </summary>
    public static IReadOnlyList<Claim> Claims { get; } = [.. s_model.Claims.Where(claim => claim.Id != "a-claim-in-another-report")];

    /// <summary>Gets the same claims judged on a declared scale with the default scale's keywords, its own labels and colours.</summary>
    public static ClaimSet OnHouseScale { get; } = CompiledModel.Build([s_scotus, s_petti], [[.. Records()]], HouseScale(), out _);

    private static VerdictScale HouseScale()
    {
        var scale = new ScaleRecord { Name = "House scale", BestRating = 7, WorstRating = 1 };
        (string Keyword, string Label, int? Rating, string? Colour, string? DarkColour)[] verdicts =
        [
            ("true", "Correct", 7, "#0b6e4f", "#5fd4a8"),
            ("mostly-true", "Largely correct", 6, "#2f6b00", "#9bd35a"),
            ("mixed", "Half and half", 4, "#7a5c00", "#e0b84a"),
            ("mostly-false", "Largely wrong", 3, "#a63c00", "#ff9a5c"),
            ("false", "Wrong", 1, "#b00020", "#ff8a95"),
            ("misleading", "Misleading", 2, "#6f42c1", "#b99bff"),
            ("contested", "Disputed", null, "#005a9c", "#6cb6ff"),
            ("unproven", "Unproven", null, "#4b5563", "#a0a8b3"),
            ("opinion", "Opinion", null, null, null),
        ];
        foreach ((string keyword, string label, int? rating, string? colour, string? darkColour) in verdicts)
        {
            scale.Verdicts.Add(new VerdictRecord { Keyword = keyword, Label = label, Meaning = $"What {label} means.", Rating = rating, Colour = colour, DarkColour = darkColour });
        }

        return CompiledModel.Scale(CompiledFormat.Version, scale);
    }

    private static IEnumerable<ClaimRecord> Records()
    {
        ClaimRecord isis = At("isis-defeated", "ISIS has been defeated.", Verdicts.MostlyFalse, s_scotus, "ISIS has been defeated", 3);
        isis[ClaimFields.By] = "Duns Scotus";
        isis[ClaimFields.Said] = new CalendarDate(2020, 1, 5);
        isis[ClaimFields.Reviewed] = new CalendarDate(2020, 2, 1);
        isis[ClaimFields.Reviewer] = "A. Analyst";
        isis[ClaimFields.Note] = "The territorial caliphate fell in 2019, but the group fights on as an insurgency.";
        isis.Evidence.Add(Quote(s_scotus, "to prevent a resurgence of the Islamic State jihadist group"));
        isis.Evidence.Add(Link("https://example.org/un-report-isis-2020"));
        isis[ClaimFields.Tags] = new[] { "isis", "iraq" };
        isis.Contradicts.Add("5200-soldiers");
        isis[ClaimFields.Correction] = new[]
        {
            new Correction(new CalendarDate(2020, 2, 10), "The note said the caliphate fell in 2018; it fell in 2019."),
            new Correction(new CalendarDate(2020, 2, 20), "Added the UN report as evidence."),
        };
        yield return isis;

        ClaimRecord bases = At("us-bases-in-iran", "The US has bases in Iran.", Verdicts.False, s_scotus, "US bases in Iran", 12);
        bases.Quote = "US bases in Iran";
        bases[ClaimFields.By] = "Duns Scotus";
        bases[ClaimFields.Reviewed] = new CalendarDate(2020, 2, 1);
        bases[ClaimFields.Reviewer] = "A. Analyst";
        bases[ClaimFields.Note] = "The bases are in Iraq; the article itself says so in the next sentence.";
        bases.Evidence.Add(Quote(s_scotus, "US bases in Iraq"));
        bases[ClaimFields.Tags] = new[] { "bases" };
        bases[ClaimFields.Correction] = new[] { new Correction(new CalendarDate(2020, 2, 15), "The verdict was mostly-false; the article names Iran, not Iraq, so it is false.") };
        yield return bases;

        ClaimRecord soldiers = At("5200-soldiers", "Some 5,200 US soldiers are deployed across Iraqi bases.", Verdicts.True, s_scotus, "Some 5,200 US soldiers are deployed across Iraqi bases", 20);
        soldiers[ClaimFields.Reviewed] = new CalendarDate(2020, 2, 2);
        soldiers[ClaimFields.Reviewer] = "B. Reviewer";
        soldiers.Evidence.Add(Link("https://example.org/pentagon-troop-levels"));
        soldiers[ClaimFields.Tags] = new[] { "iraq", "troops" };
        soldiers.Supports.Add("parliament-2014");
        soldiers[ClaimFields.Correction] = new[] { new Correction(new CalendarDate(2020, 2, 15), "Added the Pentagon's troop levels as evidence.") };
        yield return soldiers;

        ClaimRecord parliament = At("parliament-2014", "Permission for US bases was granted in 2014 under President Obama.", Verdicts.MostlyTrue, s_scotus, "granted in 2014 under President Obama", 27);
        parliament[ClaimFields.Note] = "Iraq's government invited the coalition in 2014; parliament did not vote on it.";
        parliament.Evidence.Add(Quote(s_scotus, "invited by the Iraqi government in 2014"));
        parliament[ClaimFields.Reviewer] = "B. Reviewer";
        yield return parliament;

        ClaimRecord army = At("iraqi-army-hates-us", "The Iraqi army hates the US as much as Iran does.", Verdicts.Unproven, s_scotus, "which hates the US as much as Iran does", 33);
        army[ClaimFields.Reviewer] = "A. Analyst";
        yield return army;

        ClaimRecord chess = At("4d-chess", "The Iranians are clearly playing 4D chess.", Verdicts.Opinion, s_scotus, "clearly playing 4D chess", 38);
        chess[ClaimFields.By] = "Duns Scotus";
        chess[ClaimFields.Reviewer] = "A. Analyst";
        chess[ClaimFields.Tags] = new[] { "prediction" };
        yield return chess;

        ClaimRecord taji = At("camp-taji", "Katyusha rockets fired at Camp Taji killed a U.S. soldier, a U.S. airman and a British servicewoman.", Verdicts.True, s_petti, "Katyusha rockets at Camp Taji, killing a U.S. Army soldier, a U.S. Air Force airman, and a British servicewoman", 44);
        taji[ClaimFields.By] = "Matthew Petti";
        taji[ClaimFields.Reviewer] = "B. Reviewer";
        taji[ClaimFields.Tags] = new[] { "iraq" };
        yield return taji;

        ClaimRecord credit = At("kataib-credit", "Kata'ib Hezbollah appeared to take credit for the Camp Taji attack.", Verdicts.Contested, s_petti, "A local militia close to Iranian intelligence services called Kata'ib Hezbollah appeared to take credit for the attack", 50);
        credit[ClaimFields.By] = "Matthew Petti";
        credit[ClaimFields.Reviewer] = "B. Reviewer";
        credit.Evidence.Add(Link("https://example.org/kataib-statement"));
        credit.Supports.Add("camp-taji");
        yield return credit;

        ClaimRecord intel = At("kataib-iran-intel", "Kata'ib Hezbollah is close to Iranian intelligence.", Verdicts.MostlyTrue, s_petti, "militia close to Iranian intelligence services called Kata'ib Hezbollah", 56);
        intel[ClaimFields.Reviewer] = "A. Analyst";
        yield return intel;

        ClaimRecord threat = At("imminent-threat", "Soleimani posed an imminent threat to American lives.", Verdicts.Misleading, s_petti, "Soleimani posed an \"imminent threat\" to American lives", 61);
        threat[ClaimFields.By] = "The Trump administration";
        threat[ClaimFields.Reviewer] = "A. Analyst";
        threat.Evidence.Add(Quote(s_petti, "unable to identify any specific threat"));
        threat.Contradicts.Add("a-claim-in-another-report");
        yield return threat;

        yield return Claim("a-claim-in-another-report", "Soleimani was planning attacks.", Verdicts.Unproven, Passages.Find(s_petti, "Soleimani"), "checks/other.check", 1);
    }

    private static ClaimRecord At(string id, string text, Verdict verdict, SourceRecord source, string quote, int line) =>
        Claim(id, text, verdict, Passages.Find(source, quote), CheckFile, line);

    private static void Add(IList<string> list, params string[] values)
    {
        foreach (string value in values)
        {
            list.Add(value);
        }
    }

    private static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", fileName));
}
