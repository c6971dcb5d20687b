using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Text;

namespace FactCheck.Language.Sources;

/// <summary>The source documents of a build, by id, with a diagnostic for every id used twice.</summary>
public sealed class SourceCatalog : IEquatable<SourceCatalog>
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

    /// <summary>Gets the documents not read because they are over <see cref="InputLimits.MaxSourceLength"/>, ordered by id.</summary>
    public EquatableArray<RefusedSource> Refused { get; }

    /// <summary>
    /// Gets an FC0014 diagnostic for every file whose id an earlier file already has, and an FC0015 for every document
    /// over the size limit.
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
            if (seen.TryGetValue(id, out string? firstFileName))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSource.At(
                    file.Path,
                    fileStart,
                    $"Source documents '{firstFileName}' and '{fileName}' both have the id '{id}': rename one of them (a document's id is its file name up to the first '_')."));
                continue;
            }

            seen.Add(id, fileName);
            if (file.Text.Length > InputLimits.MaxSourceLength)
            {
                var tooLarge = new RefusedSource(id, fileName, file.Text.Length);
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

    /// <summary>Finds a document by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="entry">The document.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool TryGet(string id, out SourceEntry entry) => _byId.TryGetValue(id, out entry!);

    /// <summary>Finds a document that exists but is not read because it is too large.</summary>
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
}
