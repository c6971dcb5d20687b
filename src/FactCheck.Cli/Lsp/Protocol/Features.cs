namespace FactCheck.Cli.Lsp.Protocol;

/// <summary>LSP <c>CompletionItem</c>.</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit? TextEdit, string? SortText, string? FilterText);

/// <summary>LSP <c>CompletionList</c>.</summary>
internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>LSP <c>Hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, LspRange Range);

/// <summary>LSP <c>ReferenceContext</c>.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary>LSP <c>ReferenceParams</c>.</summary>
internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>LSP <c>RenameParams</c>.</summary>
internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The <c>{ range, placeholder }</c> answer of <c>textDocument/prepareRename</c>.</summary>
internal sealed record PrepareRenameResult(LspRange Range, string Placeholder);

/// <summary>LSP <c>DocumentSymbolParams</c>.</summary>
internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>DocumentSymbol</c>.</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange);

/// <summary>LSP <c>WorkspaceSymbolParams</c>.</summary>
internal sealed record WorkspaceSymbolParams(string Query);

/// <summary>LSP <c>SymbolInformation</c>.</summary>
internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

/// <summary>LSP <c>DocumentFormattingParams</c>; the options are not read, the layout is the one <c>factcheck fmt</c> writes.</summary>
internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>SemanticTokensParams</c>.</summary>
internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>SemanticTokens</c>: five numbers a token, relative to the token before.</summary>
internal sealed record SemanticTokens(int[] Data);

/// <summary>LSP <c>CodeActionContext</c>.</summary>
internal sealed record CodeActionContext(Diagnostic[] Diagnostics);

/// <summary>LSP <c>CodeActionParams</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);

/// <summary>LSP <c>CodeAction</c>.</summary>
internal sealed record CodeAction(string Title, string Kind, Diagnostic[] Diagnostics, WorkspaceEdit Edit, bool IsPreferred);
