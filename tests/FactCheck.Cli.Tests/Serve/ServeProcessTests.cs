using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace FactCheck.Cli.Tests.Serve;

/// <summary><c>factcheck serve</c> as a real process, seen from the network and from the shell.</summary>
public sealed class ServeProcessTests : IAsyncLifetime
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly Workspace _workspace = new();
    private readonly HttpClient _client = new();
    private ServeProcess _server = null!;

    public async ValueTask InitializeAsync()
    {
        _workspace.Write("checks/claims.check", Workspace.ValidChecks);
        _server = await ServeProcess.StartAsync(_workspace.Root);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _client.Dispose();
        _workspace.Dispose();
    }

    [Theory]
    [InlineData("report.html")]
    [InlineData("index.html")]
    [InlineData("seeds/000_485e55baddcabb7a.txt")]
    [InlineData("checks/claims.check")]
    [InlineData("events/x")]
    [InlineData("favicon.ico")]
    public async Task Only_the_report_and_its_event_stream_are_served(string path)
    {
        using HttpResponseMessage response = await _client.GetAsync(new Uri(_server.Address, path), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_report_is_served_with_its_run_and_the_event_stream_announces_the_runs_after_the_page()
    {
        using HttpResponseMessage page = await _client.GetAsync(_server.Address, Cancellation);
        using HttpResponseMessage events = await _client.GetAsync(new Uri(_server.Address, "events?after=0"), HttpCompletionOption.ResponseHeadersRead, Cancellation);
        using var reader = new System.IO.StreamReader(await events.Content.ReadAsStreamAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal(["1"], page.Headers.GetValues("X-FactCheck-Run"));
        Assert.Contains("<script data-events=\"/events?after=1\">", await page.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        var firstLines = new List<string?>();
        while (firstLines.Count < 4)
        {
            firstLines.Add(await reader.ReadLineAsync(Cancellation));
        }

        Assert.Equal(["retry: 500", string.Empty, "event: reload", "data: 1"], firstLines);
    }

    [Fact]
    public async Task It_listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        IPAddress[] others =
        [
            .. NetworkInterface.GetAllNetworkInterfaces()
                .Where(network => network.OperationalStatus == OperationalStatus.Up)
                .SelectMany(network => network.GetIPProperties().UnicastAddresses)
                .Select(unicast => unicast.Address)
                .Where(address => !IPAddress.IsLoopback(address) && address.AddressFamily == AddressFamily.InterNetwork),
        ];

        foreach (IPAddress address in others)
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            SocketException refused = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(address, _server.Address.Port, Cancellation));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Address);
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await _client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Checks_that_cannot_be_read_show_why_on_the_page_and_the_server_goes_on()
    {
        int before = await _server.RunAsync(_client);

        File.Delete(_workspace.PathOf("checks/claims.check"));
        string page = await PageAfterRunAsync(before);

        Assert.Contains("<h1>The checks cannot be read</h1>", page, StringComparison.Ordinal);
        Assert.Contains("&#39;checks&#39; holds no .check file.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/last-good\">The last good report</a> (run 1)", page, StringComparison.Ordinal);

        _workspace.Write("checks/claims.check", Workspace.ValidChecks);
        Assert.Contains("id=\"claim-world-waiting\"", await PageAfterRunAsync(before + 1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Ctrl_c_or_sigterm_stops_it_cleanly_with_exit_code_0(string signal)
    {
        // A page listening to the event stream must not keep the server from stopping.
        using HttpResponseMessage events = await _client.GetAsync(new Uri(_server.Address, "events"), HttpCompletionOption.ResponseHeadersRead, Cancellation);

        int exitCode = await _server.StopAsync(signal);

        Assert.True(exitCode == ExitCodes.Valid, _server.Printed);
    }

    /// <summary>Waits, a bounded time, for a run after <paramref name="run"/>, and reads the page it made.</summary>
    private async Task<string> PageAfterRunAsync(int run)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            using HttpResponseMessage response = await _client.GetAsync(_server.Address, Cancellation);
            if (int.Parse(string.Join(',', response.Headers.GetValues("X-FactCheck-Run")), System.Globalization.CultureInfo.InvariantCulture) > run)
            {
                return await response.Content.ReadAsStringAsync(Cancellation);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Cancellation);
        }

        throw new Xunit.Sdk.XunitException($"No run after run {run} in 10 s:\n{_server.Printed}");
    }
}
