namespace FactCheck.Benchmarks.Quick;

/// <summary>One measured workload: its median time and the bytes one run allocated.</summary>
internal sealed record QuickMeasurement(string Name, double MedianMilliseconds, long AllocatedBytes, string Note);
