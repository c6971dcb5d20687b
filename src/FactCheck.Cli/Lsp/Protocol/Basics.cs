using System.Collections.Generic;

namespace FactCheck.Cli.Lsp.Protocol;

/// <summary>LSP <c>Position</c>: a line and a UTF-16 character offset in it, both from 0.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>LSP <c>Range</c>: from its start to just before its end.</summary>
internal sealed record LspRange(Position Start, Position End);

/// <summary>LSP <c>Location</c>: a range of a document.</summary>
internal sealed record Location(string Uri, LspRange Range);

/// <summary>LSP <c>TextDocumentIdentifier</c>.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>LSP <c>TextDocumentPositionParams</c>, the parameters of hover, definition and completion.</summary>
internal record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>LSP <c>TextEdit</c>.</summary>
internal sealed record TextEdit(LspRange Range, string NewText);

/// <summary>LSP <c>WorkspaceEdit</c>, as edits by document address.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

/// <summary>LSP <c>MarkupContent</c>, always Markdown here.</summary>
/// <param name="Value">The Markdown.</param>
/// <param name="Kind">The markup kind.</param>
internal sealed record MarkupContent(string Value, string Kind = "markdown");
