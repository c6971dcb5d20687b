using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace FactCheck.Cli.Tests.Serve;

/// <summary>The built tool running <c>factcheck serve --port 0</c> as a real process in a workspace, and the address it printed.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startLimit = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FactCheck.Cli.dll"));
        start.ArgumentList.Add("serve");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _address.TrySetException(new InvalidOperationException($"factcheck serve ended before serving: {Printed}"));
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line.Data);
            }

            if (ServingLine().Match(line.Data) is { Success: true } serving)
            {
                _address.TrySetResult(new Uri(serving.Groups["address"].Value));
            }
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (_error)
            {
                _error.AppendLine(line.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Gets the address the server printed, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the process's id, to send it a signal.</summary>
    public int Id => _process.Id;

    /// <summary>Gets what the process printed so far, for failure messages.</summary>
    public string Printed
    {
        get
        {
            lock (_output)
            {
                lock (_error)
                {
                    return $"{_output}{_error}";
                }
            }
        }
    }

    /// <summary>Starts <c>factcheck serve --port 0</c> in <paramref name="workingDirectory"/> and waits for its address.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, params string[] args)
    {
        var server = new ServeProcess(workingDirectory, [.. args, "--port", "0"]);
        server.Address = await server._address.Task.WaitAsync(s_startLimit);
        return server;
    }

    /// <summary>Reads the number of the run that made the page at <c>/</c>.</summary>
    public async Task<int> RunAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync(Address);
        response.EnsureSuccessStatusCode();
        return int.Parse(string.Join(',', response.Headers.GetValues("X-FactCheck-Run")), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sends a signal (<c>INT</c> as Ctrl+C does, or <c>TERM</c>) and waits for the process to end.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(string signal)
    {
        using (Process kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^Serving the report at (?<address>http://\S+/) ")]
    private static partial Regex ServingLine();
}
