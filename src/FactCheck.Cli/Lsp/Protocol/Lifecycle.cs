using System.Collections.Generic;
using System.Text.Json;

namespace FactCheck.Cli.Lsp.Protocol;

/// <summary>LSP <c>InitializeParams</c>: only what the server reads.</summary>
internal sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, JsonElement? Capabilities);

/// <summary>LSP <c>WorkspaceFolder</c>.</summary>
internal sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>LSP <c>InitializeResult</c>.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>LSP <c>ServerInfo</c>.</summary>
internal sealed record ServerInfo(string Name, string? Version);

/// <summary>LSP <c>ServerCapabilities</c>: the features this server offers.</summary>
internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    CodeActionOptions CodeActionProvider,
    bool DocumentFormattingProvider,
    SemanticTokensOptions SemanticTokensProvider);

/// <summary>LSP <c>SemanticTokensOptions</c>: whole documents only.</summary>
internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

/// <summary>LSP <c>SemanticTokensLegend</c>.</summary>
internal sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

/// <summary>LSP <c>TextDocumentSyncOptions</c>.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

/// <summary>LSP <c>CompletionOptions</c>.</summary>
internal sealed record CompletionOptions(string[] TriggerCharacters);

/// <summary>LSP <c>RenameOptions</c>.</summary>
internal sealed record RenameOptions(bool PrepareProvider);

/// <summary>LSP <c>CodeActionOptions</c>.</summary>
internal sealed record CodeActionOptions(string[] CodeActionKinds);

/// <summary>LSP <c>LogMessageParams</c>.</summary>
internal sealed record LogMessageParams(int Type, string Message);

/// <summary>LSP <c>RegistrationParams</c> for <c>client/registerCapability</c>.</summary>
internal sealed record RegistrationParams(Registration[] Registrations);

/// <summary>LSP <c>Registration</c>.</summary>
internal sealed record Registration(string Id, string Method, object RegisterOptions);

/// <summary>LSP <c>DidChangeWatchedFilesRegistrationOptions</c>.</summary>
internal sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

/// <summary>LSP <c>FileSystemWatcher</c>, a glob pattern.</summary>
internal sealed record FileSystemWatcher(string GlobPattern);
