using System;
using System.Linq;
using Checks;
using FactCheck;

foreach (IGrouping<Verdict, Claim> group in Claims.All.GroupBy(claim => claim.Verdict).OrderBy(group => group.Key))
{
    Console.WriteLine($"{group.Key.Describe().DisplayName} ({group.Count()})");
    foreach (Claim claim in group)
    {
        Console.WriteLine($"  {claim.Id}: {claim.Text} [{claim.Source.Id}, {claim.Location}]");
    }
}

Console.WriteLine($"{Claims.All.Count} claims checked against {Sources.All.Count} sources.");
