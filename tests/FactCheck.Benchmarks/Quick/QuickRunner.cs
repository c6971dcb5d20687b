using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace FactCheck.Benchmarks.Quick;

/// <summary>
/// A short stopwatch run instead of BenchmarkDotNet's full job: one warm-up, then a few timed runs, the median reported.
/// Allocation is counted over every thread, for the generator driver may use more than one.
/// </summary>
internal sealed class QuickRunner
{
    private readonly List<QuickMeasurement> _measurements = [];
    private readonly List<(string Name, double Value)> _ratios = [];

    public QuickMeasurement Measure(string name, int iterations, Action run, Action? beforeEach = null, Func<long, string>? note = null)
    {
        beforeEach?.Invoke();
        run();
        var times = new double[iterations];
        var allocations = new long[iterations];
        for (int i = 0; i < iterations; i++)
        {
            beforeEach?.Invoke();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long started = Stopwatch.GetTimestamp();
            run();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            allocations[i] = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }

        long allocated = Median(allocations);
        var measurement = new QuickMeasurement(name, Median(times), allocated, note?.Invoke(allocated) ?? string.Empty);
        _measurements.Add(measurement);
        Console.WriteLine($"  {measurement.Name}: {Format(measurement.MedianMilliseconds)} ms, {Megabytes(allocated)} MB {measurement.Note}");
        return measurement;
    }

    /// <summary>Records a comparison: the peer's (or floor's) time divided by ours.</summary>
    public void Ratio(string name, QuickMeasurement peer, QuickMeasurement ours) =>
        _ratios.Add((name, peer.MedianMilliseconds / ours.MedianMilliseconds));

    /// <summary>Prints the table, as Markdown, then one <c>ratio name value</c> line per comparison.</summary>
    public void PrintSummary()
    {
        Console.WriteLine();
        Console.WriteLine("| Workload | Median (ms) | Allocated (MB) | Note |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (QuickMeasurement row in _measurements)
        {
            Console.WriteLine($"| {row.Name} | {Format(row.MedianMilliseconds)} | {Megabytes(row.AllocatedBytes)} | {row.Note} |");
        }

        Console.WriteLine();
        foreach ((string name, double value) in _ratios)
        {
            Console.WriteLine($"ratio {name} {value.ToString("0.0#", CultureInfo.InvariantCulture)}");
        }
    }

    private static T Median<T>(T[] values) => values.Order().ElementAt(values.Length / 2);

    private static string Format(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);
}
