using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Fuzzing;

/// <summary>
/// What must hold for any input: the front end returns (no exception) within a budget proportional to the input's
/// length, every diagnostic lies inside the file at the line and column of its offset, and a second run gives the same
/// diagnostics and claims.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>Gets the time a case may take: far more than it needs on a loaded machine, so only a hang or a quadratic path fails it.</summary>
    public static TimeSpan Budget(string text) => TimeSpan.FromSeconds(20) + TimeSpan.FromMilliseconds(text.Length / 20.0);

    /// <summary>Compiles the text twice against the seeds.</summary>
    /// <returns>Null when every property holds, else what went wrong.</returns>
    public static string? Check(string text)
    {
        Task<string?> run = Task.Run(() => CompileTwice(text));
        try
        {
            return run.Wait(Budget(text)) ? run.Result : $"did not finish within {Budget(text).TotalSeconds:0} s (a hang or a path slower than linear)";
        }
        catch (AggregateException exception)
        {
            return "threw " + exception.InnerException;
        }
    }

    private static string? CompileTwice(string text)
    {
        CheckCompilation first = Checks.Compile(text);
        string[] firstClaims = Claims(first);
        CheckCompilation second = Checks.Compile(text);
        if (!first.Diagnostics.SequenceEqual(second.Diagnostics) || !firstClaims.SequenceEqual(Claims(second)))
        {
            return "a second run gave another result";
        }

        int[] lineStarts = LineStarts(text);
        foreach (CheckDiagnostic diagnostic in first.Diagnostics.Where(diagnostic => diagnostic.FilePath == Checks.FileName))
        {
            int start = diagnostic.Range.Start.Offset;
            int end = diagnostic.Range.End.Offset;
            if (start < 0 || start > text.Length || end < start || end > text.Length)
            {
                return $"{diagnostic} spans offsets {start}..{end}, outside the file of {text.Length} characters";
            }

            (int line, int column) = LineAndColumn(lineStarts, start);
            if ((diagnostic.Range.Start.Line, diagnostic.Range.Start.Column) != (line, column))
            {
                return $"{diagnostic} stands at offset {start}, which is ({line},{column})";
            }
        }

        return null;
    }

    private static string[] Claims(CheckCompilation compilation) =>
        compilation.ToModel(path => path).Claims.Select(claim => $"{claim.Id} {claim.Location.Line}:{claim.Location.Column} {claim.Text}").ToArray();

    /// <summary>The offsets where lines start, counting \n, \r\n and a lone \r as an editor does.</summary>
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static (int Line, int Column) LineAndColumn(int[] lineStarts, int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}
