using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace FactCheck.Benchmarks.Quick;

/// <summary>
/// A short stopwatch run instead of BenchmarkDotNet's full job: warm-up runs (one unless told), then a few timed runs, the
/// median reported.
/// Allocation is counted over every thread, for the generator driver may use more than one.
/// </summary>
internal sealed class QuickRunner
{
    private readonly List<QuickMeasurement> _measurements = [];
    private readonly List<(string Name, double Value)> _ratios = [];
    private readonly List<string> _figures = [];

    public QuickMeasurement Measure(string name, int iterations, Action run, Action? beforeEach = null, Func<long, string>? note = null, int warmups = 1)
    {
        for (int i = 0; i < warmups; i++)
        {
            beforeEach?.Invoke();
            run();
        }

        var times = new double[iterations];
        var allocations = new long[iterations];
        for (int i = 0; i < iterations; i++)
        {
            beforeEach?.Invoke();
            (times[i], allocations[i]) = Sample(run);
        }

        return Record(name, times, allocations, note);
    }

    /// <summary>
    /// Measures workloads that are compared with each other in turns, one run of each per round, so that a burst of load
    /// on the machine slows every one of them alike rather than whichever happened to be running.
    /// </summary>
    public QuickMeasurement[] MeasureInTurns(int iterations, int warmupRounds, params (string Name, Action Run, Func<long, string>? Note)[] workloads)
    {
        var times = new double[workloads.Length, iterations];
        var allocations = new long[workloads.Length, iterations];
        for (int round = 0; round < warmupRounds; round++)
        {
            foreach ((string _, Action run, Func<long, string>? _) in workloads)
            {
                run();
            }
        }

        for (int i = 0; i < iterations; i++)
        {
            for (int w = 0; w < workloads.Length; w++)
            {
                (times[w, i], allocations[w, i]) = Sample(workloads[w].Run);
            }
        }

        return workloads
            .Select((workload, w) => Record(
                workload.Name,
                Enumerable.Range(0, iterations).Select(i => times[w, i]).ToArray(),
                Enumerable.Range(0, iterations).Select(i => allocations[w, i]).ToArray(),
                workload.Note))
            .ToArray();
    }

    /// <summary>Records a workload timed elsewhere, such as inside a browser page: its median, with nothing allocated here.</summary>
    public QuickMeasurement RecordTimes(string name, IEnumerable<double> milliseconds, string note) =>
        Record(name, milliseconds.ToArray(), [0], _ => note);

    /// <summary>Records a line printed after the ratios as it is, such as <c>report-10k load 5230 ms</c>.</summary>
    public void Figure(string line) => _figures.Add(line);

    /// <summary>Records a comparison: the peer's (or floor's) time divided by ours.</summary>
    public void Ratio(string name, QuickMeasurement peer, QuickMeasurement ours) =>
        _ratios.Add((name, peer.MedianMilliseconds / ours.MedianMilliseconds));

    /// <summary>Prints the table, as Markdown, then one <c>ratio name value</c> line per comparison, then the figures.</summary>
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

        foreach (string line in _figures)
        {
            Console.WriteLine(line);
        }
    }

    private static (double Milliseconds, long AllocatedBytes) Sample(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        run();
        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (milliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    private QuickMeasurement Record(string name, double[] times, long[] allocations, Func<long, string>? note)
    {
        long allocated = Median(allocations);
        var measurement = new QuickMeasurement(name, Median(times), allocated, note?.Invoke(allocated) ?? string.Empty);
        _measurements.Add(measurement);
        Console.WriteLine($"  {measurement.Name}: {Format(measurement.MedianMilliseconds)} ms, {Megabytes(allocated)} MB {measurement.Note}");
        return measurement;
    }

    private static T Median<T>(T[] values) => values.Order().ElementAt(values.Length / 2);

    private static string Format(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);
}
