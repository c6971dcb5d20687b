using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace FactCheck.Benchmarks.Quick;

/// <summary>
/// <c>--lsp</c>: the real <c>factcheck lsp</c> process on 10,000 claims in 1,000 files, driven over stdio as an editor
/// drives it: start to first diagnostics, 100 edits from <c>didChange</c> sent to <c>publishDiagnostics</c> received,
/// completion, and the server's resident memory.
/// </summary>
internal static class LspQuickRun
{
    private const int Edits = 100;
    private const int Completions = 30;
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Measures, and gives one line per figure.</summary>
    /// <returns>The lines, such as <c>lsp-server-memory-10k 170 MB resident</c>.</returns>
    public static IReadOnlyList<string> Run()
    {
        var files = new CheckProcessBenchmarks();
        files.WriteFiles();
        try
        {
            return Measure(files.Folder);
        }
        finally
        {
            files.DeleteFiles();
        }
    }

    private static string[] Measure(string folder)
    {
        // A project file, so the server reads sources/ as the build would through FactCheckSources.
        File.WriteAllText(Path.Combine(folder, "Bench.csproj"), "<Project><PropertyGroup><FactCheckSources>sources</FactCheckSources></PropertyGroup></Project>");
        string edited = Directory.GetFiles(Path.Combine(folder, "checks"), "*.check").Order(StringComparer.Ordinal).First();
        string uri = new Uri(edited).AbsoluteUri;
        string original = File.ReadAllText(edited);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CheckProcessBenchmarks.CliAssembly());
        start.ArgumentList.Add("lsp");
        var clock = Stopwatch.StartNew();
        using Process server = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var published = new BlockingCollection<(string Uri, string Json, double At)>();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, formatter));
        rpc.AddLocalRpcTarget(new Callbacks(published, clock, Console.Error), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();

        Wait(rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } }));
        Wait(rpc.NotifyWithParameterObjectAsync("initialized", new { }));
        Wait(rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "factcheck", version = 1, text = original + Broken(0) } }));
        double firstDiagnostics = WaitFor(published, uri, "nosuch0").At;

        var latencies = new double[Edits];
        for (int i = 1; i <= Edits; i++)
        {
            double sent = clock.Elapsed.TotalMilliseconds;
            Wait(rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version = i + 1 }, contentChanges = new[] { new { text = original + Broken(i) } } }));
            latencies[i - 1] = WaitFor(published, uri, $"nosuch{i}").At - sent;
        }

        string typed = original + "\nclaim: 'x' source: ";
        Wait(rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version = Edits + 2 }, contentChanges = new[] { new { text = typed } } }));
        int lastLine = typed.Count(c => c == '\n');
        var completions = new double[Completions];
        for (int i = 0; i < Completions; i++)
        {
            var one = Stopwatch.StartNew();
            Wait(rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/completion", new { textDocument = new { uri }, position = new { line = lastLine, character = "claim: 'x' source: ".Length } }));
            completions[i] = one.Elapsed.TotalMilliseconds;
        }

        server.Refresh();
        long residentBytes = server.WorkingSet64;
        Wait(rpc.InvokeWithParameterObjectAsync<JsonElement?>("shutdown", null));
        Wait(rpc.NotifyAsync("exit"));
        server.WaitForExit(s_hangGuard);

        return
        [
            $"lsp-start-to-first-diagnostics-10k {Format(firstDiagnostics)} ms",
            $"lsp-didchange-to-publish-10k p50 {Format(Percentile(latencies, 0.50))} ms p95 {Format(Percentile(latencies, 0.95))} ms over {Edits} edits",
            $"lsp-completion-10k p50 {Format(Percentile(completions, 0.50))} ms p95 {Format(Percentile(completions, 0.95))} ms over {Completions} requests",
            $"lsp-server-memory-10k {residentBytes / (1024 * 1024)} MB resident",
        ];
    }

    /// <summary>A claim naming a source that does not exist, a different one per edit, so each edit's diagnostics can be told apart.</summary>
    private static string Broken(int edit) => $"\nclaim: 'Edited claim {edit}' source: nosuch{edit} status: true\n";

    private static (string Json, double At) WaitFor(BlockingCollection<(string Uri, string Json, double At)> published, string uri, string text)
    {
        using var timeout = new CancellationTokenSource(s_hangGuard);
        while (true)
        {
            (string Uri, string Json, double At) next = published.Take(timeout.Token);
            if (next.Uri == uri && next.Json.Contains(text, StringComparison.Ordinal))
            {
                return (next.Json, next.At);
            }
        }
    }

    private sealed class Callbacks(BlockingCollection<(string Uri, string Json, double At)> published, Stopwatch clock, TextWriter log)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement parameters) =>
            published.Add((parameters.GetProperty("uri").GetString()!, parameters.GetRawText(), clock.Elapsed.TotalMilliseconds));

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonElement parameters) => log.WriteLine(parameters.GetProperty("message").GetString());
    }

    private static void Wait(Task task) => task.Wait(s_hangGuard);

    private static double Percentile(double[] values, double fraction)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }

    private static string Format(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
