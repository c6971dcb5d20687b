using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Text;

namespace FactCheck.Language.Sources;

/// <summary>The source documents of a build, by id, with a diagnostic for every id used twice.</summary>
internal sealed class SourceCatalog : IEquatable<SourceCatalog>
{
    private readonly Dictionary<string, SourceEntry> _byId;

    private SourceCatalog(EquatableArray<SourceEntry> documents, EquatableArray<RefusedSource> refused, EquatableArray<CheckDiagnostic> diagnostics)
    {
        Documents = documents;
        Refused = refused;
        Diagnostics = diagnostics;
        _byId = documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the documents, ordered by id.</summary>
    public EquatableArray<SourceEntry> Documents { get; }

    /// <summary>Gets the documents not read, over <see cref="InputLimits.MaxSourceLength"/> or not UTF-8, ordered by id.</summary>
    public EquatableArray<RefusedSource> Refused { get; }

    /// <summary>
    /// Gets an FC0019 diagnostic for every file whose name gives no word for an id, an FC0014 for every file whose id an
    /// earlier file already has, an FC0018 for every document that is not UTF-8 and an FC0015 for every document over the
    /// size limit.
    /// </summary>
    public EquatableArray<CheckDiagnostic> Diagnostics { get; }

    /// <summary>Builds the catalogue of the given files.</summary>
    /// <param name="files">The files of the sources folder, in any order.</param>
    /// <returns>The catalogue; of two files with one id, the first by path is kept.</returns>
    public static SourceCatalog Create(IEnumerable<TextFile> files)
    {
        var documents = new List<SourceEntry>();
        var diagnostics = new List<CheckDiagnostic>();
        var refused = new List<RefusedSource>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TextFile file in files.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            string fileName = System.IO.Path.GetFileName(file.Path);
            string id = IdOf(fileName);
            TextRange fileStart = TextRange.At(new TextPosition(0, 1, 1));
            if (!IsWord(id))
            {
                diagnostics.Add(DiagnosticCatalog.SourceNameNotWord.At(file.Path, fileStart, NotWordMessage(fileName, id)));
                continue;
            }

            if (seen.TryGetValue(id, out string? firstFileName))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSource.At(
                    file.Path,
                    fileStart,
                    $"Source documents '{firstFileName}' and '{fileName}' both have the id '{id}': rename one of them (a document's id is its file name up to the first '_')."));
                continue;
            }

            seen.Add(id, fileName);
            if (file.NotDecoded is not null)
            {
                refused.Add(RefusedSource.NotUtf8(id, fileName));
                diagnostics.Add(file.NotDecoded);
                continue;
            }

            if (file.Text.Length > InputLimits.MaxSourceLength)
            {
                var tooLarge = RefusedSource.TooLarge(id, fileName, file.Text.Length);
                refused.Add(tooLarge);
                diagnostics.Add(DiagnosticCatalog.InputTooLarge.At(file.Path, fileStart, tooLarge.Message));
                continue;
            }

            documents.Add(new SourceEntry(id, file.Path, fileName, file.Text, Byline.AuthorOf(file.Text)));
        }

        return new SourceCatalog(
            documents.OrderBy(document => document.Id, StringComparer.Ordinal).ToEquatableArray(),
            refused.OrderBy(document => document.Id, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>Gets a document's id from its file name: the name up to the first <c>_</c>, else its whole stem.</summary>
    /// <param name="fileName">A file name such as <c>000_485e55baddcabb7a.txt</c>.</param>
    /// <returns>The id, such as <c>000</c>.</returns>
    public static string IdOf(string fileName)
    {
        int underscore = fileName.IndexOf('_');
        return underscore > 0 ? fileName.Substring(0, underscore) : System.IO.Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>Gets whether a document id can be named by a claim: a word, <c>[A-Za-z0-9][A-Za-z0-9._-]*</c>.</summary>
    /// <param name="id">The id a file name gives.</param>
    /// <returns><see langword="true"/> for a word.</returns>
    public static bool IsWord(string id) => id.Length > 0 && Lexer.IsWordStart(id[0]) && id.All(Lexer.IsWordPart);

    /// <summary>Finds a document by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="entry">The document.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool TryGet(string id, out SourceEntry entry) => _byId.TryGetValue(id, out entry!);

    /// <summary>Finds a document that exists but is not read: too large, or not UTF-8.</summary>
    /// <param name="id">The id.</param>
    /// <param name="refused">The document.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool TryGetRefused(string id, out RefusedSource refused)
    {
        refused = Refused.FirstOrDefault(document => document.Id == id)!;
        return refused is not null;
    }

    /// <inheritdoc/>
    public bool Equals(SourceCatalog? other) =>
        other is not null && Documents.Equals(other.Documents) && Refused.Equals(other.Refused) && Diagnostics.Equals(other.Diagnostics);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => Documents.GetHashCode();

    private static string NotWordMessage(string fileName, string id)
    {
        string suggestion = new(id.Select(c => Lexer.IsWordPart(c) ? c : '-').ToArray());
        string example = IsWord(suggestion) ? $" (such as '{suggestion}')" : string.Empty;
        string gives = id.Length == 0 ? "gives an empty id" : $"gives the id '{id}'";
        return $"The file name '{fileName}' {gives}, which is not a word ([A-Za-z0-9][A-Za-z0-9._-]*) that a claim can name, so this file is not a source: rename it so that its name up to the first '_' is a word{example}.";
    }
}
