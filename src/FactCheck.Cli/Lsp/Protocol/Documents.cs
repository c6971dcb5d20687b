namespace FactCheck.Cli.Lsp.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>LSP <c>DidOpenTextDocumentParams</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>LSP <c>VersionedTextDocumentIdentifier</c>.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>: a range replaced, or the whole text when there is no range.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

/// <summary>LSP <c>DidChangeTextDocumentParams</c>.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>LSP <c>DidCloseTextDocumentParams</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>FileEvent</c>: 1 created, 2 changed, 3 deleted.</summary>
internal sealed record FileEvent(string Uri, int Type);

/// <summary>LSP <c>DidChangeWatchedFilesParams</c>.</summary>
internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <summary>LSP <c>Diagnostic</c>.</summary>
internal sealed record Diagnostic(LspRange Range, int Severity, string Code, string Source, string Message);

/// <summary>LSP <c>PublishDiagnosticsParams</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics);
