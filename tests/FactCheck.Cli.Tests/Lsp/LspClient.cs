using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp;
using FactCheck.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace FactCheck.Cli.Tests.Lsp;

/// <summary>An editor's side of a connection to an in-process server through a duplex pipe, on a copy of the repository's checks and seeds.</summary>
internal sealed class LspClient : IAsyncDisposable
{
    /// <summary>How long to wait for the server before failing: a guard against a hang, not a measure of speed.</summary>
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(60);

    private readonly JsonRpc _rpc;
    private readonly LanguageServer? _server;
    private readonly ConcurrentDictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentQueue<PublishDiagnosticsParams> _history = new();
    private readonly ConcurrentQueue<RegistrationParams> _registrations = new();
    private readonly SemaphoreSlim _publishedSignal = new(0);

    private LspClient(Stream stream, LanguageServer? server, string root)
    {
        _server = server;
        Root = root;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(stream, stream, LanguageServer.CreateFormatter()));
        _rpc.AddLocalRpcTarget(new Callbacks(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    private LspClient(Stream input, Stream output, string root)
    {
        Root = root;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, LanguageServer.CreateFormatter()));
        _rpc.AddLocalRpcTarget(new Callbacks(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public string Root { get; }

    public IEnumerable<string> Log => _log;

    public IReadOnlyDictionary<string, Diagnostic[]> Published => _published;

    /// <summary>Gets the capabilities the server registered, as <c>client/registerCapability</c> sent them.</summary>
    public IEnumerable<RegistrationParams> Registrations => _registrations;

    /// <summary>Gets every publication, in the order received.</summary>
    public IEnumerable<PublishDiagnosticsParams> History => _history;

    /// <summary>Copies the repository's checks and seeds to a new folder, with extra files written over them.</summary>
    public static string CreateWorkspace(IReadOnlyDictionary<string, string>? files = null)
    {
        string root = Path.Combine(Path.GetTempPath(), "factcheck-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "checks"));
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "checks")).Where(file => file.EndsWith(".check", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(root, "checks", Path.GetFileName(file)));
        }

        foreach (string seed in Directory.GetFiles(RepositoryRoot.Seeds))
        {
            File.Copy(seed, Path.Combine(root, "seeds", Path.GetFileName(seed)));
        }

        foreach ((string path, string text) in files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(root, path), text);
        }

        return root;
    }

    /// <summary>Starts an in-process server on a workspace and initializes it.</summary>
    public static async Task<LspClient> StartAsync(string root, DateOnly? today = null, string capabilities = "{}")
    {
        (Stream clientStream, Stream serverStream) = FullDuplexStream.CreatePair();
        var server = LanguageServer.Start(serverStream, serverStream, () => today ?? new DateOnly(2026, 11, 29), TimeSpan.FromMilliseconds(10));
        var client = new LspClient(clientStream, server, root);
        await client.InitializeAsync(capabilities);
        return client;
    }

    /// <summary>Connects to a server process's standard streams.</summary>
    public static async Task<LspClient> ConnectAsync(Stream serverOutput, Stream serverInput, string root)
    {
        var client = new LspClient(serverOutput, serverInput, root);
        await client.InitializeAsync("{}");
        return client;
    }

    public string Uri(string relativePath) => DocumentUri.FromPath(Path.Combine(Root, relativePath));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public Task<T> RequestAsync<T>(string method, object parameters) =>
        _rpc.InvokeWithParameterObjectAsync<T>(method, parameters).WaitAsync(s_hangGuard);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string relativePath, string text) =>
        NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri(relativePath), "factcheck", 1, text)));

    public Task ChangeAsync(string relativePath, string text, int version = 2) =>
        NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(relativePath), version), [new TextDocumentContentChangeEvent(null, text)]));

    /// <summary>Waits until the diagnostics last published for a file satisfy a condition.</summary>
    public async Task<Diagnostic[]> WaitForDiagnosticsAsync(string relativePath, Func<Diagnostic[], bool> condition)
    {
        string uri = Uri(relativePath);
        using var timeout = new CancellationTokenSource(s_hangGuard);
        while (true)
        {
            if (_published.TryGetValue(uri, out Diagnostic[]? diagnostics) && condition(diagnostics))
            {
                return diagnostics;
            }

            try
            {
                await _publishedSignal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                string last = _published.TryGetValue(uri, out Diagnostic[]? seen) ? string.Join("; ", seen.Select(d => $"{d.Code} {d.Message}")) : "nothing";
                throw new TimeoutException($"The diagnostics of {relativePath} never met the condition; last published: {last}. Log: {string.Join(" | ", _log)}");
            }
        }
    }

    public static Position PositionOf(string text, string needle, int within = 0)
    {
        int offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{needle}' is not in the text.");
        offset += within;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }

    public async Task ShutdownAsync()
    {
        await _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null).WaitAsync(s_hangGuard);
        await _rpc.NotifyAsync("exit");
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        _server?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the server: the temp folder is cleaned by the system later.
        }

        await Task.CompletedTask;
    }

    private async Task InitializeAsync(string capabilities)
    {
        using var parsed = System.Text.Json.JsonDocument.Parse(capabilities);
        await RequestAsync<InitializeResult>("initialize", new InitializeParams(DocumentUri.FromPath(Root), null, null, parsed.RootElement.Clone()));
        await NotifyAsync("initialized", new { });
    }

    /// <summary>The methods the server calls on the client.</summary>
    private sealed class Callbacks(LspClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters)
        {
            client._history.Enqueue(parameters);
            client._published[parameters.Uri] = parameters.Diagnostics;
            client._publishedSignal.Release();
        }

        [JsonRpcMethod("client/registerCapability")]
        public void RegisterCapability(RegistrationParams parameters) => client._registrations.Enqueue(parameters);

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(LogMessageParams parameters) => client._log.Enqueue(parameters.Message);
    }
}
