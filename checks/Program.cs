using System;
using System.IO;
using System.Linq;
using Checks;
using FactCheck;
using FactCheck.Reports;

// The build has already validated every claim; this writes the verdict report of the typed claims.
const string Usage = "Usage: dotnet run --project checks [-- --out FILE] [--template FILE]";
string output = "report.html";
string? template = null;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length)
    {
        output = args[++i];
    }
    else if (args[i] == "--template" && i + 1 < args.Length)
    {
        template = args[++i];
    }
    else if (args[i] is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return 0;
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. {Usage}");
        return 2;
    }
}

try
{
    ReportRenderer renderer = template is null ? ReportRenderer.Default : ReportRenderer.FromTemplateFile(template);
    ReportOptions options = ReportOptions.FromEnvironment() with { Title = "FactCheck: the analysts' checks" };
    string fullPath = Path.GetFullPath(output);
    WriteAtomically(fullPath, stream => renderer.Write(stream, Claims.All, Sources.All, options));
    foreach (Verdict verdict in Claims.All.Scale)
    {
        int count = Claims.All.Count(claim => claim.Verdict == verdict);
        if (count > 0)
        {
            Console.WriteLine($"{verdict.Label,-13} {count,3}");
        }
    }

    Console.WriteLine($"{Claims.All.Count} claims checked against {Sources.All.Count} sources.");
    Console.WriteLine($"Report: {fullPath}");
    return 0;
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine($"Could not write the report to '{output}': {exception.Message}");
    return 2;
}

// A failed run leaves an earlier report as it was: write beside it, then replace it in one step.
static void WriteAtomically(string path, Action<Stream> write)
{
    string temporary = path + ".tmp";
    try
    {
        using (FileStream stream = File.Create(temporary))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
    finally
    {
        File.Delete(temporary);
    }
}
