using System.Collections.Generic;
using System.IO;
using System;
using FactCheck.Testing;

namespace FactCheck.Reports.Tests;

/// <summary>Realistic checks of the two seed documents, as an analyst would write them.</summary>
internal static class Samples
{
    private const string CheckFile = "checks/iran.check";

    public static SourceDocument Scotus { get; } = new("000", "000_485e55baddcabb7a.txt", ReadSeed("000_485e55baddcabb7a.txt"), title: "Iran is playing 4D chess", author: "Duns Scotus", url: new Uri("https://example.org/iran-4d-chess"), published: new DateTime(2020, 1, 5));

    public static SourceDocument Petti { get; } = new("004", "004_7bfa03b7e0560204.txt", ReadSeed("004_7bfa03b7e0560204.txt"), title: "Soleimani's killing did not restore deterrence", author: "Matthew Petti", published: new DateTime(2020, 3, 20));

    public static IReadOnlyList<SourceDocument> Sources { get; } = [Scotus, Petti];

    /// <summary>Gets ten claims: every verdict but one, evidence of both kinds, links between claims, and two overlapping passages.</summary>
    public static IReadOnlyList<Claim> Claims { get; } =
    [
        new Claim("isis-defeated", "ISIS has been defeated.", Verdict.MostlyFalse, Scotus, Passages.Find(Scotus, "ISIS has been defeated"), At(3), claimant: "Duns Scotus", said: new DateTime(2020, 1, 5), reviewed: new DateTime(2020, 2, 1), reviewer: "A. Analyst", note: "The territorial caliphate fell in 2019, but the group fights on as an insurgency.", evidence: [
                Evidence.FromPassage(
                    "to prevent a resurgence of the Islamic State jihadist group",
                    Passages.Find(Scotus, "to prevent a resurgence of the Islamic State jihadist group")),
                Evidence.FromLink(new Uri("https://example.org/un-report-isis-2020")),
            ], tags: ["isis", "iraq"], contradicts: ["5200-soldiers"]),
        new Claim("us-bases-in-iran", "The US has bases in Iran.", Verdict.False, Scotus, Passages.Find(Scotus, "US bases in Iran"), At(12), quote: "US bases in Iran", claimant: "Duns Scotus", reviewed: new DateTime(2020, 2, 1), reviewer: "A. Analyst", note: "The bases are in Iraq; the article itself says so in the next sentence.", evidence: [Evidence.FromPassage("US bases in Iraq", Passages.Find(Scotus, "US bases in Iraq"))], tags: ["bases"]),
        new Claim("5200-soldiers", "Some 5,200 US soldiers are deployed across Iraqi bases.", Verdict.True, Scotus, Passages.Find(Scotus, "Some 5,200 US soldiers are deployed across Iraqi bases"), At(20), reviewed: new DateTime(2020, 2, 2), reviewer: "B. Reviewer", evidence: [Evidence.FromLink(new Uri("https://example.org/pentagon-troop-levels"))], tags: ["iraq", "troops"], supports: ["parliament-2014"]),
        new Claim("parliament-2014", "Permission for US bases was granted in 2014 under President Obama.", Verdict.MostlyTrue, Scotus, Passages.Find(Scotus, "granted in 2014 under President Obama"), At(27), note: "Iraq's government invited the coalition in 2014; parliament did not vote on it.", evidence: [Evidence.FromPassage("invited by the Iraqi government in 2014", Passages.Find(Scotus, "invited by the Iraqi government in 2014"))], reviewer: "B. Reviewer"),
        new Claim("iraqi-army-hates-us", "The Iraqi army hates the US as much as Iran does.", Verdict.Unproven, Scotus, Passages.Find(Scotus, "which hates the US as much as Iran does"), At(33), reviewer: "A. Analyst"),
        new Claim("4d-chess", "The Iranians are clearly playing 4D chess.", Verdict.Opinion, Scotus, Passages.Find(Scotus, "clearly playing 4D chess"), At(38), claimant: "Duns Scotus", reviewer: "A. Analyst", tags: ["prediction"]),
        new Claim("camp-taji", "Katyusha rockets fired at Camp Taji killed a U.S. soldier, a U.S. airman and a British servicewoman.", Verdict.True, Petti, Passages.Find(Petti, "Katyusha rockets at Camp Taji, killing a U.S. Army soldier, a U.S. Air Force airman, and a British servicewoman"), At(44), claimant: "Matthew Petti", reviewer: "B. Reviewer", tags: ["iraq"]),
        new Claim("kataib-credit", "Kata'ib Hezbollah appeared to take credit for the Camp Taji attack.", Verdict.Contested, Petti, Passages.Find(Petti, "A local militia close to Iranian intelligence services called Kata'ib Hezbollah appeared to take credit for the attack"), At(50), claimant: "Matthew Petti", reviewer: "B. Reviewer", evidence: [Evidence.FromLink(new Uri("https://example.org/kataib-statement"))], supports: ["camp-taji"]),
        new Claim("kataib-iran-intel", "Kata'ib Hezbollah is close to Iranian intelligence.", Verdict.MostlyTrue, Petti, Passages.Find(Petti, "militia close to Iranian intelligence services called Kata'ib Hezbollah"), At(56), reviewer: "A. Analyst"),
        new Claim("imminent-threat", "Soleimani posed an imminent threat to American lives.", Verdict.Misleading, Petti, Passages.Find(Petti, "Soleimani posed an \"imminent threat\" to American lives"), At(61), claimant: "The Trump administration", reviewer: "A. Analyst", evidence: [Evidence.FromPassage("unable to identify any specific threat", Passages.Find(Petti, "unable to identify any specific threat"))], contradicts: ["a-claim-in-another-report"]),
    ];

    private static CheckLocation At(int line) => new(CheckFile, line, 1);

    private static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", fileName));
}
