using ChecksRootNamespace;
using FactCheck;
using FactCheck.Reports;

// By the time this runs, the build has checked every claim against its source. This writes the verdict report.
string output = "report.html";
if (args is ["--out", string chosen])
{
    output = chosen;
}
else if (args.Length > 0)
{
    Console.Error.WriteLine("Usage: dotnet run [-- --out FILE]   (writes report.html without --out)");
    return 2;
}

string path = Path.GetFullPath(output);
ReportOptions options = ReportOptions.FromEnvironment() with { Title = "FactCheckProject" };
using (FileStream report = File.Create(path))
{
    ReportRenderer.Default.Write(report, Claims.All, Sources.All, options);
}

// The project's scale: FactCheck's nine verdicts, or the one a .check file declares (see the README).
foreach (Verdict verdict in Claims.All.Scale)
{
    int count = Claims.All.Count(claim => claim.Verdict == verdict);
    if (count > 0)
    {
        Console.WriteLine($"{verdict.Label,-13} {count,3}");
    }
}

Console.WriteLine($"Claims checked: {Claims.All.Count}. Sources: {Sources.All.Count}.");
Console.WriteLine($"Report: {path}");
return 0;
