using System;
using System.Collections.Generic;
using System.IO;

namespace FactCheck.Reports.Tests;

/// <summary>Realistic checks of the two seed documents, as an analyst would write them.</summary>
internal static class Samples
{
    private const string CheckFile = "checks/iran.check";

    public static SourceDocument Scotus { get; } = new("000", "000_485e55baddcabb7a.txt", ReadSeed("000_485e55baddcabb7a.txt"))
    {
        Title = "Iran is playing 4D chess",
        Author = "Duns Scotus",
        Url = new Uri("https://example.org/iran-4d-chess"),
        Published = new DateTime(2020, 1, 5),
    };

    public static SourceDocument Petti { get; } = new("004", "004_7bfa03b7e0560204.txt", ReadSeed("004_7bfa03b7e0560204.txt"))
    {
        Title = "Soleimani's killing did not restore deterrence",
        Author = "Matthew Petti",
        Published = new DateTime(2020, 3, 20),
    };

    public static IReadOnlyList<SourceDocument> Sources { get; } = [Scotus, Petti];

    /// <summary>Gets ten claims: every verdict but one, evidence of both kinds, links between claims, and two overlapping passages.</summary>
    public static IReadOnlyList<Claim> Claims { get; } =
    [
        new Claim("isis-defeated", "ISIS has been defeated.", Verdict.MostlyFalse, Scotus, Passages.Find(Scotus, "ISIS has been defeated"), At(3))
        {
            Claimant = "Duns Scotus",
            Said = new DateTime(2020, 1, 5),
            Reviewed = new DateTime(2020, 2, 1),
            Reviewer = "A. Analyst",
            Note = "The territorial caliphate fell in 2019, but the group fights on as an insurgency.",
            Evidence =
            [
                Evidence.FromPassage(
                    "to prevent a resurgence of the Islamic State jihadist group",
                    Passages.Find(Scotus, "to prevent a resurgence of the Islamic State jihadist group")),
                Evidence.FromLink(new Uri("https://example.org/un-report-isis-2020")),
            ],
            Tags = ["isis", "iraq"],
            Contradicts = ["5200-soldiers"],
        },
        new Claim("us-bases-in-iran", "The US has bases in Iran.", Verdict.False, Scotus, Passages.Find(Scotus, "US bases in Iran"), At(12))
        {
            Quote = "US bases in Iran",
            Claimant = "Duns Scotus",
            Reviewed = new DateTime(2020, 2, 1),
            Reviewer = "A. Analyst",
            Note = "The bases are in Iraq; the article itself says so in the next sentence.",
            Evidence = [Evidence.FromPassage("US bases in Iraq", Passages.Find(Scotus, "US bases in Iraq"))],
            Tags = ["bases"],
        },
        new Claim("5200-soldiers", "Some 5,200 US soldiers are deployed across Iraqi bases.", Verdict.True, Scotus, Passages.Find(Scotus, "Some 5,200 US soldiers are deployed across Iraqi bases"), At(20))
        {
            Reviewed = new DateTime(2020, 2, 2),
            Reviewer = "B. Reviewer",
            Evidence = [Evidence.FromLink(new Uri("https://example.org/pentagon-troop-levels"))],
            Tags = ["iraq", "troops"],
            Supports = ["parliament-2014"],
        },
        new Claim("parliament-2014", "Permission for US bases was granted in 2014 under President Obama.", Verdict.MostlyTrue, Scotus, Passages.Find(Scotus, "granted in 2014 under President Obama"), At(27))
        {
            Note = "Iraq's government invited the coalition in 2014; parliament did not vote on it.",
            Evidence = [Evidence.FromPassage("invited by the Iraqi government in 2014", Passages.Find(Scotus, "invited by the Iraqi government in 2014"))],
            Reviewer = "B. Reviewer",
        },
        new Claim("iraqi-army-hates-us", "The Iraqi army hates the US as much as Iran does.", Verdict.Unproven, Scotus, Passages.Find(Scotus, "which hates the US as much as Iran does"), At(33))
        {
            Reviewer = "A. Analyst",
        },
        new Claim("4d-chess", "The Iranians are clearly playing 4D chess.", Verdict.Opinion, Scotus, Passages.Find(Scotus, "clearly playing 4D chess"), At(38))
        {
            Claimant = "Duns Scotus",
            Reviewer = "A. Analyst",
            Tags = ["prediction"],
        },
        new Claim("camp-taji", "Katyusha rockets fired at Camp Taji killed a U.S. soldier, a U.S. airman and a British servicewoman.", Verdict.True, Petti, Passages.Find(Petti, "Katyusha rockets at Camp Taji, killing a U.S. Army soldier, a U.S. Air Force airman, and a British servicewoman"), At(44))
        {
            Claimant = "Matthew Petti",
            Reviewer = "B. Reviewer",
            Tags = ["iraq"],
        },
        new Claim("kataib-credit", "Kata'ib Hezbollah appeared to take credit for the Camp Taji attack.", Verdict.Contested, Petti, Passages.Find(Petti, "A local militia close to Iranian intelligence services called Kata'ib Hezbollah appeared to take credit for the attack"), At(50))
        {
            Claimant = "Matthew Petti",
            Reviewer = "B. Reviewer",
            Evidence = [Evidence.FromLink(new Uri("https://example.org/kataib-statement"))],
            Supports = ["camp-taji"],
        },
        new Claim("kataib-iran-intel", "Kata'ib Hezbollah is close to Iranian intelligence.", Verdict.MostlyTrue, Petti, Passages.Find(Petti, "militia close to Iranian intelligence services called Kata'ib Hezbollah"), At(56))
        {
            Reviewer = "A. Analyst",
        },
        new Claim("imminent-threat", "Soleimani posed an imminent threat to American lives.", Verdict.Misleading, Petti, Passages.Find(Petti, "Soleimani posed an \"imminent threat\" to American lives"), At(61))
        {
            Claimant = "The Trump administration",
            Reviewer = "A. Analyst",
            Evidence = [Evidence.FromPassage("unable to identify any specific threat", Passages.Find(Petti, "unable to identify any specific threat"))],
            Contradicts = ["a-claim-in-another-report"],
        },
    ];

    private static CheckLocation At(int line) => new(CheckFile, line, 1);

    private static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(Repository.Root, "seeds", fileName));
}
