using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Cli.Lsp.Protocol;
using FactCheck.Language;
using FactCheck.Language.Binding;
using FactCheck.Language.Sources;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>
/// One compilation of the whole workspace and the texts it was made from: every feature answers from here, so the
/// editor and <c>factcheck check</c> read the files with the same code.
/// </summary>
internal sealed class WorkspaceSnapshot
{
    private readonly Dictionary<string, TextFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CheckFileSyntax> _syntax = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineIndex> _lines = new(StringComparer.Ordinal);
    private readonly Lazy<ClaimSite[]> _claims;

    /// <summary>Initializes a new instance of the <see cref="WorkspaceSnapshot"/> class.</summary>
    /// <param name="workspace">The workspace compiled.</param>
    /// <param name="compilation">Its compilation.</param>
    /// <param name="checkFiles">The <c>.check</c> files compiled.</param>
    /// <param name="sourceFiles">The source documents compiled.</param>
    public WorkspaceSnapshot(LspWorkspace workspace, CheckCompilation compilation, IReadOnlyList<TextFile> checkFiles, IReadOnlyList<TextFile> sourceFiles)
    {
        Workspace = workspace;
        Compilation = compilation;
        foreach (TextFile file in checkFiles.Concat(sourceFiles))
        {
            _files[file.Path] = file;
        }

        foreach (CheckFileSyntax syntax in compilation.Syntax)
        {
            _syntax[syntax.Path] = syntax;
        }

        // Made on the first request that needs it, not on every recompilation that only publishes diagnostics.
        _claims = new Lazy<ClaimSite[]>(() => compilation.Syntax
            .SelectMany(file => file.Entries.OfType<ClaimEntrySyntax>().Select(entry => ClaimSite.Of(file.Path, entry)))
            .ToArray());
    }

    /// <summary>Gets the workspace compiled.</summary>
    public LspWorkspace Workspace { get; }

    /// <summary>Gets the compilation.</summary>
    public CheckCompilation Compilation { get; }

    /// <summary>Gets every claim written, with or without errors, in file order.</summary>
    public IReadOnlyList<ClaimSite> Claims => _claims.Value;

    /// <summary>Gets the display paths of every file compiled.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Gets the address of a file shown by its display path.</summary>
    /// <param name="displayPath">The path as diagnostics print it.</param>
    /// <returns>Its <c>file:</c> address.</returns>
    public string UriOf(string displayPath) => DocumentUri.FromPath(Workspace.FullPath(displayPath));

    /// <summary>Gets the display path of a document, if it is part of the workspace.</summary>
    /// <param name="uri">The document's address.</param>
    /// <returns>Its display path, or <see langword="null"/>.</returns>
    public string? DisplayPathOf(string uri)
    {
        string path = Workspace.DisplayPath(DocumentUri.ToPath(uri));
        return _files.ContainsKey(path) ? path : null;
    }

    /// <summary>Gets a file's text as compiled.</summary>
    /// <param name="displayPath">The file.</param>
    /// <returns>The text.</returns>
    public string TextOf(string displayPath) => _files[displayPath].Text;

    /// <summary>Gets a <c>.check</c> file's syntax tree.</summary>
    /// <param name="displayPath">The file.</param>
    /// <returns>The tree, or <see langword="null"/> for a file that is not a <c>.check</c> file.</returns>
    public CheckFileSyntax? SyntaxOf(string displayPath) => _syntax.TryGetValue(displayPath, out CheckFileSyntax? syntax) ? syntax : null;

    /// <summary>Turns an editor position into an offset of the compiled text.</summary>
    /// <param name="displayPath">The file.</param>
    /// <param name="position">The position.</param>
    /// <returns>The offset, clamped to the text.</returns>
    public int OffsetOf(string displayPath, Position position)
    {
        LineIndex lines = LinesOf(displayPath);
        int length = TextOf(displayPath).Length;
        if (position.Line >= lines.LineCount)
        {
            return length;
        }

        return Math.Min(lines.StartOf(position.Line + 1) + position.Character, length);
    }

    /// <summary>Gets the editor range of an offset range of a file.</summary>
    /// <param name="displayPath">The file.</param>
    /// <param name="start">The first offset.</param>
    /// <param name="length">The length.</param>
    /// <returns>The range.</returns>
    public LspRange RangeOf(string displayPath, int start, int length)
    {
        LineIndex lines = LinesOf(displayPath);
        return new LspRange(ToLsp(lines.PositionOf(start)), ToLsp(lines.PositionOf(start + length)));
    }

    /// <summary>Converts a range of the language (lines and columns from 1) to the editor's (from 0, UTF-16).</summary>
    /// <param name="range">The range.</param>
    /// <returns>The editor range.</returns>
    public static LspRange ToLsp(TextRange range) => new(ToLsp(range.Start), ToLsp(range.End));

    /// <summary>Finds the source document of an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The document.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool TryGetSource(string id, out SourceEntry source) => Compilation.Sources.TryGet(id, out source);

    /// <summary>Gets what the set says of a source: title, author and date.</summary>
    /// <param name="id">The source's id.</param>
    /// <returns>The resolved source, or <see langword="null"/>.</returns>
    public ResolvedSource? ResolvedSourceOf(string id) => Compilation.Set.Sources.FirstOrDefault(source => source.Id == id);

    private static Position ToLsp(TextPosition position) => new(position.Line - 1, position.Column - 1);

    private LineIndex LinesOf(string displayPath)
    {
        lock (_lines)
        {
            if (!_lines.TryGetValue(displayPath, out LineIndex? lines))
            {
                lines = LineIndex.Of(TextOf(displayPath));
                _lines[displayPath] = lines;
            }

            return lines;
        }
    }
}
