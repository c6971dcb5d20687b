using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactCheck.Cli.Lsp.Protocol;
using System.IO;
using StreamJsonRpc;

namespace FactCheck.Cli.Lsp;

/// <summary>
/// The language server: the LSP methods over one JSON-RPC connection. Every change recompiles the whole workspace,
/// at once when no compilation is under way and after a short pause while one is, a newer change cancelling stale
/// work; requests answer from the newest compilation.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private const int LogError = 1;
    private const int IncrementalSync = 2;
    private const int RequestFailed = -32803;

    private readonly JsonRpc _rpc;
    private readonly Func<DateOnly> _today;
    private readonly TimeSpan _debounce;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LspWorkspace? _workspace;
    private CancellationTokenSource _pending = new();
    private Task<WorkspaceSnapshot>? _current;
    private int _generation;
    private Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);
    private bool _watchDynamically;
    private bool _shutDown;

    private LanguageServer(Stream input, Stream output, Func<DateOnly> today, TimeSpan debounce)
    {
        _today = today;
        _debounce = debounce;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, CreateFormatter()));
        _rpc.AddLocalRpcTarget(this, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });

        // One message at a time, in the order received: a didChange is applied before the request that follows it.
        _rpc.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
    }

    /// <summary>Gets whether <c>shutdown</c> came before <c>exit</c>, as the protocol asks.</summary>
    public bool ShutDownCleanly => _shutDown;

    /// <summary>Gets a task that completes on <c>exit</c>, or when the client closes the connection.</summary>
    public Task Completion => Task.WhenAny(_rpc.Completion, _exited.Task);

    /// <summary>Creates the JSON form of the protocol: System.Text.Json, camel-case names, absent values left out.</summary>
    /// <returns>The formatter.</returns>
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    /// <summary>Starts a server on a pair of streams.</summary>
    /// <param name="input">What the client writes.</param>
    /// <param name="output">What the client reads.</param>
    /// <param name="today">Today's date, for completion.</param>
    /// <param name="debounce">How long to wait after a change before compiling, when the change came while a compilation was under way.</param>
    /// <returns>The listening server.</returns>
    public static LanguageServer Start(Stream input, Stream output, Func<DateOnly> today, TimeSpan debounce)
    {
        var server = new LanguageServer(input, output, today, debounce);
        server._rpc.StartListening();
        return server;
    }

    /// <summary>LSP <c>initialize</c>.</summary>
    /// <param name="parameters">The client's root and capabilities.</param>
    /// <returns>The server's capabilities.</returns>
    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        string? rootUri = parameters.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters.RootUri;
        string root = rootUri is not null ? DocumentUri.ToPath(rootUri) : parameters.RootPath ?? Environment.CurrentDirectory;
        _workspace = new LspWorkspace(root);
        _watchDynamically = parameters.Capabilities is { } capabilities
            && capabilities.TryGetProperty("workspace", out JsonElement workspace)
            && workspace.TryGetProperty("didChangeWatchedFiles", out JsonElement watched)
            && watched.TryGetProperty("dynamicRegistration", out JsonElement dynamic)
            && dynamic.ValueKind == JsonValueKind.True;
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(true, IncrementalSync),
                new CompletionOptions([":", " ", "'", "\"", ","]),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                new CodeActionOptions(["quickfix"]),
                DocumentFormattingProvider: true,
                new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokensProvider.TokenTypes, []), Full: true)),
            new ServerInfo("factcheck", typeof(LanguageServer).Assembly.GetName().Version?.ToString()));
    }

    /// <summary>LSP <c>initialized</c>: watches the files, and publishes the first diagnostics.</summary>
    /// <param name="parameters">Nothing.</param>
    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement parameters)
    {
        if (_watchDynamically)
        {
            // The .check files and the sources folder's documents: not build output, whose churn would recompile for nothing.
            string sources = Workspace.SourcesFolder.Replace('\\', '/').TrimEnd('/');
            var options = new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.check"), new Protocol.FileSystemWatcher(sources + "/*")]);
            _ = NotifyFailureAsync(_rpc.InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams([new Registration("factcheck-watch", "workspace/didChangeWatchedFiles", options)])));
        }

        Changed();
    }

    /// <summary>LSP <c>shutdown</c>.</summary>
    /// <returns>Nothing.</returns>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutDown = true;
        return null;
    }

    /// <summary>LSP <c>exit</c>: the process ends.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult();

    /// <summary>LSP <c>textDocument/didOpen</c>.</summary>
    /// <param name="parameters">The document.</param>
    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters) => Guard(() =>
    {
        Workspace.SetOpen(DocumentUri.ToPath(parameters.TextDocument.Uri), parameters.TextDocument.Text);
        Changed();
    });

    /// <summary>LSP <c>textDocument/didChange</c>, whole or incremental.</summary>
    /// <param name="parameters">The changes.</param>
    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters) => Guard(() =>
    {
        string path = DocumentUri.ToPath(parameters.TextDocument.Uri);
        string text = Workspace.OpenDocuments.TryGetValue(path, out string? open) ? open : string.Empty;
        foreach (TextDocumentContentChangeEvent change in parameters.ContentChanges)
        {
            text = change.Range is null ? change.Text : TextChange.Apply(text, change.Range, change.Text);
        }

        Workspace.SetOpen(path, text);
        Changed();
    });

    /// <summary>LSP <c>textDocument/didClose</c>: the disk's text counts again.</summary>
    /// <param name="parameters">The document.</param>
    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams parameters) => Guard(() =>
    {
        Workspace.Close(DocumentUri.ToPath(parameters.TextDocument.Uri));
        Changed();
    });

    /// <summary>LSP <c>workspace/didChangeWatchedFiles</c>: a file changed on disk.</summary>
    /// <param name="parameters">The changes.</param>
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => Guard(() =>
    {
        foreach (FileEvent change in parameters.Changes)
        {
            Workspace.FileChanged(DocumentUri.ToPath(change.Uri), created: change.Type != 2);
        }

        Changed();
    });

    /// <summary>LSP <c>textDocument/completion</c>.</summary>
    /// <param name="parameters">The place.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The items.</returns>
    [JsonRpcMethod("textDocument/completion")]
    public Task<CompletionList?> CompletionAsync(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters, (snapshot, path, offset) => CompletionProvider.Complete(snapshot, path, offset, _today()), cancellation);

    /// <summary>LSP <c>textDocument/hover</c>.</summary>
    /// <param name="parameters">The place.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The hover.</returns>
    [JsonRpcMethod("textDocument/hover")]
    public Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters, NavigationProvider.HoverAt, cancellation);

    /// <summary>LSP <c>textDocument/definition</c>.</summary>
    /// <param name="parameters">The place.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The locations.</returns>
    [JsonRpcMethod("textDocument/definition")]
    public Task<Location[]?> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters, NavigationProvider.Definition, cancellation);

    /// <summary>LSP <c>textDocument/references</c>.</summary>
    /// <param name="parameters">The place.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The locations.</returns>
    [JsonRpcMethod("textDocument/references")]
    public Task<Location[]?> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters, (snapshot, path, offset) => NavigationProvider.References(snapshot, path, offset, parameters.Context.IncludeDeclaration), cancellation);

    /// <summary>LSP <c>textDocument/prepareRename</c>.</summary>
    /// <param name="parameters">The place.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The id's range, or nothing where no claim id stands.</returns>
    [JsonRpcMethod("textDocument/prepareRename")]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters, NavigationProvider.PrepareRename, cancellation);

    /// <summary>LSP <c>textDocument/rename</c>.</summary>
    /// <param name="parameters">The place and the new id.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The edits.</returns>
    [JsonRpcMethod("textDocument/rename")]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams parameters, CancellationToken cancellation) =>
        AnswerAsync<WorkspaceEdit>(
            parameters,
            (snapshot, path, offset) =>
            {
                try
                {
                    return NavigationProvider.Rename(snapshot, path, offset, parameters.NewName);
                }
                catch (ArgumentException exception)
                {
                    throw new LocalRpcException(exception.Message) { ErrorCode = RequestFailed };
                }
            },
            cancellation);

    /// <summary>LSP <c>textDocument/documentSymbol</c>.</summary>
    /// <param name="parameters">The document.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The symbols.</returns>
    [JsonRpcMethod("textDocument/documentSymbol")]
    public Task<DocumentSymbol[]?> DocumentSymbolAsync(DocumentSymbolParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters.TextDocument.Uri, SymbolProvider.DocumentSymbols, cancellation);

    /// <summary>LSP <c>workspace/symbol</c>.</summary>
    /// <param name="parameters">The query.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The symbols.</returns>
    [JsonRpcMethod("workspace/symbol")]
    public async Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellation)
    {
        WorkspaceSnapshot snapshot = await SnapshotAsync(cancellation);
        return Guard(() => SymbolProvider.WorkspaceSymbols(snapshot, parameters.Query));
    }

    /// <summary>LSP <c>textDocument/codeAction</c>.</summary>
    /// <param name="parameters">The range.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The quick fixes.</returns>
    [JsonRpcMethod("textDocument/codeAction")]
    public Task<CodeAction[]?> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters.TextDocument.Uri, (snapshot, path) => CodeActionProvider.Fixes(snapshot, path, parameters.Range), cancellation);

    /// <summary>LSP <c>textDocument/formatting</c>.</summary>
    /// <param name="parameters">The document.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The edits.</returns>
    [JsonRpcMethod("textDocument/formatting")]
    public Task<TextEdit[]?> FormattingAsync(DocumentFormattingParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters.TextDocument.Uri, FormattingProvider.Format, cancellation);

    /// <summary>LSP <c>textDocument/semanticTokens/full</c>.</summary>
    /// <param name="parameters">The document.</param>
    /// <param name="cancellation">Cancelled by <c>$/cancelRequest</c>.</param>
    /// <returns>The tokens.</returns>
    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public Task<SemanticTokens?> SemanticTokensAsync(SemanticTokensParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters.TextDocument.Uri, SemanticTokensProvider.Tokens, cancellation);

    /// <inheritdoc/>
    public void Dispose()
    {
        _rpc.Dispose();
        _pending.Dispose();
        _publishing.Dispose();
    }

    private LspWorkspace Workspace => _workspace ?? throw new InvalidOperationException("The client sent a request before initialize.");

    private Task<T?> AnswerAsync<T>(TextDocumentPositionParams parameters, Func<WorkspaceSnapshot, string, int, T?> answer, CancellationToken cancellation)
        where T : class =>
        AnswerAsync(parameters.TextDocument.Uri, (snapshot, path) => answer(snapshot, path, snapshot.OffsetOf(path, parameters.Position)), cancellation);

    private async Task<T?> AnswerAsync<T>(string uri, Func<WorkspaceSnapshot, string, T?> answer, CancellationToken cancellation)
        where T : class
    {
        WorkspaceSnapshot snapshot = await SnapshotAsync(cancellation);
        return Guard(() => snapshot.DisplayPathOf(uri) is { } path ? answer(snapshot, path) : null);
    }

    /// <summary>Gets the compilation of the workspace as it stands now: the newest work, waited for; when a newer change cancelled it, the newer work.</summary>
    private async Task<WorkspaceSnapshot> SnapshotAsync(CancellationToken cancellation)
    {
        while (true)
        {
            Task<WorkspaceSnapshot> current;
            lock (_gate)
            {
                current = _current ?? Compile(++_generation, TimeSpan.Zero, _pending.Token);
                _current = current;
            }

            try
            {
                return await current.WaitAsync(cancellation);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // A newer change cancelled that work: wait for the newer work instead.
                lock (_gate)
                {
                    if (ReferenceEquals(_current, current))
                    {
                        _current = Compile(++_generation, TimeSpan.Zero, _pending.Token);
                    }
                }
            }
        }
    }

    /// <summary>Schedules a compilation, cancelling the one before; only the newest is published.</summary>
    private void Changed()
    {
        lock (_gate)
        {
            // A lone edit compiles at once; only edits coming faster than compilations finish wait for the next.
            TimeSpan pause = _current is { IsCompleted: false } ? _debounce : TimeSpan.Zero;
            _pending.Cancel();
            _pending.Dispose();
            _pending = new CancellationTokenSource();
            int generation = ++_generation;
            Task<WorkspaceSnapshot> work = Compile(generation, pause, _pending.Token);
            _current = work;
            _ = PublishAsync(work, generation);
        }
    }

    private Task<WorkspaceSnapshot> Compile(int generation, TimeSpan pause, CancellationToken cancellation)
    {
        LspWorkspace workspace = Workspace;
        ImmutableDictionary<string, string> open = workspace.OpenDocuments;
        return Task.Run(
            async () =>
            {
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, cancellation);
                }

                cancellation.ThrowIfCancellationRequested();
                WorkspaceSnapshot snapshot = workspace.Compile(open);
                cancellation.ThrowIfCancellationRequested();
                return snapshot;
            },
            cancellation);
    }

    private async Task PublishAsync(Task<WorkspaceSnapshot> work, int generation)
    {
        WorkspaceSnapshot snapshot;
        try
        {
            snapshot = await work;
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception exception)
        {
            await LogAsync($"factcheck: compiling the workspace failed: {exception}");
            return;
        }

        // One publication at a time, each checked to be the newest when its turn comes: an older result never
        // overtakes a newer one on the way out.
        await _publishing.WaitAsync();
        try
        {
            List<(string Uri, Diagnostic[] Diagnostics)> messages;
            lock (_gate)
            {
                if (generation != _generation && !ReferenceEquals(_current, work))
                {
                    return;
                }

                Dictionary<string, Diagnostic[]> byUri = snapshot.Compilation.Diagnostics
                    .GroupBy(diagnostic => diagnostic.FilePath, StringComparer.Ordinal)
                    .ToDictionary(group => snapshot.UriOf(group.Key), group => group.Select(LspConvert.ToLsp).ToArray(), StringComparer.Ordinal);

                // The client keeps a file's last diagnostics: only the files whose diagnostics changed are sent again.
                messages = byUri
                    .Where(pair => !(_published.TryGetValue(pair.Key, out Diagnostic[]? before) && before.SequenceEqual(pair.Value)))
                    .Select(pair => (pair.Key, pair.Value))
                    .Concat(_published.Keys.Where(uri => !byUri.ContainsKey(uri)).Select(uri => (uri, Array.Empty<Diagnostic>())))
                    .ToList();
                _published = byUri;
            }

            foreach ((string uri, Diagnostic[] diagnostics) in messages)
            {
                await NotifyFailureAsync(_rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, diagnostics)));
            }
        }
        finally
        {
            _publishing.Release();
        }
    }

    private void Guard(Action handler) => Guard<object?>(() =>
    {
        handler();
        return null;
    });

    /// <summary>Runs a handler; a failure is logged to the client and answered as an error, never a crash.</summary>
    private T Guard<T>(Func<T> handler)
    {
        try
        {
            return handler();
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or LocalRpcException))
        {
            _ = LogAsync($"factcheck: a request failed: {exception}");
            throw new LocalRpcException($"factcheck: {exception.Message}") { ErrorCode = RequestFailed };
        }
    }

    private Task LogAsync(string message) =>
        NotifyFailureAsync(_rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(LogError, message)));

    private static async Task NotifyFailureAsync(Task sending)
    {
        try
        {
            await sending;
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or RemoteInvocationException)
        {
            // The client left, or refused a registration: nothing to tell it.
        }
    }
}
