using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using FactCheck.Compiled;

namespace FactCheck;

/// <summary>
/// Every claim of a project, in file order, found by index or by id. Its <see cref="Count"/> needs no claim decoded,
/// and a claim is built the first time it, or another of its <c>.check</c> file, is read.
/// </summary>
public sealed class ClaimSet : IReadOnlyList<Claim>
{
    private readonly int[] _fileStarts;
    private readonly Func<int, CompiledClaims> _file;
    private readonly CompiledClaims?[] _files;
    private readonly IdIndex _index;

    internal ClaimSet(VerdictScale scale, int[] claimCounts, string ids, Func<int, CompiledClaims> file)
    {
        Scale = scale;
        _fileStarts = new int[claimCounts.Length + 1];
        for (int i = 0; i < claimCounts.Length; i++)
        {
            _fileStarts[i + 1] = _fileStarts[i] + claimCounts[i];
        }

        _file = file;
        _files = new CompiledClaims?[claimCounts.Length];
        _index = new IdIndex(() => ReadIds(ids, Count));
    }

    /// <summary>Gets the scale the claims are judged on: the project's declared scale, or <see cref="Verdicts.Default"/>.</summary>
    public VerdictScale Scale { get; }

    /// <summary>Gets how many claims there are.</summary>
    public int Count => _fileStarts[_fileStarts.Length - 1];

    /// <summary>Gets the claim at <paramref name="index"/>, in file order (files ordered by path).</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public Claim this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {Count} claims.");
            }

            // The last file that starts at or before the index; a file with no claim shares its start with the next.
            int file = Array.BinarySearch(_fileStarts, index);
            if (file < 0)
            {
                file = ~file - 1;
            }
            else
            {
                while (file + 1 < _fileStarts.Length - 1 && _fileStarts[file + 1] == index)
                {
                    file++;
                }
            }

            return FileAt(file)[index - _fileStarts[file]];
        }
    }

    // Generated code makes a file's table anew on each call, so that it needs no class or field per file: the first
    // table made is kept, and with it the claims it decodes, so a claim is one object however it is reached.
    private CompiledClaims FileAt(int file) =>
        Volatile.Read(ref _files[file]) ?? Interlocked.CompareExchange(ref _files[file], _file(file), null) ?? _files[file]!;

    /// <summary>Finds a claim by its id, such as <c>isis-defeated</c>.</summary>
    /// <param name="id">The id, compared ordinally.</param>
    /// <returns>The claim, or <see langword="null"/> when no claim has that id.</returns>
    public Claim? Find(string id)
    {
        Argument.NotNull(id, nameof(id));

        return _index.TryFind(id, out int index) ? this[index] : null;
    }

    /// <inheritdoc/>
    public IEnumerator<Claim> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A link to a claim the set does not hold is left out: the binder reports one (FC0009), or leaves its target out
    // for an error, and either fails the build, so only a set that was never meant to run has one.
    internal IReadOnlyList<Claim> Resolve(string[] ids)
    {
        var claims = new List<Claim>(ids.Length);
        foreach (string id in ids)
        {
            if (Find(id) is { } claim)
            {
                claims.Add(claim);
            }
        }

        return ReadOnly.Wrap(claims.ToArray());
    }

    private static string[] ReadIds(string compiledIds, int count)
    {
        var reader = new CompiledReader(compiledIds);
        var ids = new string[count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadString();
        }

        return ids;
    }
}
