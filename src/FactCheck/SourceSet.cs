using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using FactCheck.Compiled;

namespace FactCheck;

/// <summary>Every source document of a project, ordered by id, found by index or by id. A document is built the first time it is read.</summary>
public sealed class SourceSet : IReadOnlyList<SourceDocument>
{
    private readonly string[] _records;
    private readonly SourceDocument?[] _documents;
    private readonly IdIndex _index;

    internal SourceSet(string[] records)
    {
        _records = records;
        _documents = new SourceDocument?[records.Length];
        // A record starts with the id, so finding a document decodes no text.
        _index = new IdIndex(() => Array.ConvertAll(records, record => new CompiledReader(record).ReadString()));
    }

    /// <summary>Gets how many documents there are.</summary>
    public int Count => _records.Length;

    /// <summary>Gets the document at <paramref name="index"/>, in the order of their ids.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public SourceDocument this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_records.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {_records.Length} source documents.");
            }

            if (_documents[index] is { } built)
            {
                return built;
            }

            SourceDocument document = CompiledReader.ReadSource(_records[index]);
            return Interlocked.CompareExchange(ref _documents[index], document, null) ?? document;
        }
    }

    /// <summary>Finds a document by its id, such as <c>000</c>.</summary>
    /// <param name="id">The id, compared ordinally.</param>
    /// <returns>The document, or <see langword="null"/> when no document has that id.</returns>
    public SourceDocument? Find(string id)
    {
        Argument.NotNull(id, nameof(id));

        return _index.TryFind(id, out int index) ? this[index] : null;
    }

    /// <inheritdoc/>
    public IEnumerator<SourceDocument> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
