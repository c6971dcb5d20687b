using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace FactCheck.Compiled;

/// <summary>Makes the sets of sources and claims from their compiled form. Generated code and FactCheck's tools call it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CompiledModel
{
    /// <summary>Makes the set of source documents; each is decoded the first time it is read.</summary>
    /// <param name="format">The <see cref="CompiledFormat.Version"/> the records were written in.</param>
    /// <param name="records">One record per document, ordered by id, as <see cref="CompiledWriter.WriteSource"/> wrote them.</param>
    /// <returns>The set.</returns>
    public static SourceSet Sources(int format, string[] records)
    {
        CompiledFormat.Check(format);
        return new SourceSet(Argument.NotNull(records, nameof(records)));
    }

    /// <summary>Makes the set of claims; each file's claims are decoded the first time one of them is read.</summary>
    /// <param name="format">The <see cref="CompiledFormat.Version"/> the ids were written in.</param>
    /// <param name="claimCounts">How many claims each file holds, in file order.</param>
    /// <param name="ids">Every claim's id in set order, as <see cref="CompiledWriter.WriteIds"/> wrote them.</param>
    /// <param name="file">Makes a file's claims by the file's index; called once per file, or more often when threads race, and the set keeps the first made.</param>
    /// <returns>The set.</returns>
    public static ClaimSet Claims(int format, int[] claimCounts, string ids, Func<int, CompiledClaims> file) =>
        Claims(format, Verdicts.Default, claimCounts, ids, file);

    /// <summary>Makes the set of claims judged on a declared scale; each file's claims are decoded the first time one of them is read.</summary>
    /// <param name="format">The <see cref="CompiledFormat.Version"/> the ids were written in.</param>
    /// <param name="scale">The scale the claims' verdict keywords belong to.</param>
    /// <param name="claimCounts">How many claims each file holds, in file order.</param>
    /// <param name="ids">Every claim's id in set order, as <see cref="CompiledWriter.WriteIds"/> wrote them.</param>
    /// <param name="file">Gets a file's claims by the file's index.</param>
    /// <returns>The set.</returns>
    public static ClaimSet Claims(int format, VerdictScale scale, int[] claimCounts, string ids, Func<int, CompiledClaims> file)
    {
        CompiledFormat.Check(format);
        return new ClaimSet(
            Argument.NotNull(scale, nameof(scale)),
            Argument.NotNull(claimCounts, nameof(claimCounts)),
            Argument.NotNull(ids, nameof(ids)),
            Argument.NotNull(file, nameof(file)));
    }

    /// <summary>Makes a declared verdict scale.</summary>
    /// <param name="format">The <see cref="CompiledFormat.Version"/> the scale was written for.</param>
    /// <param name="scale">The scale's name, ratings and verdicts, in order.</param>
    /// <returns>The scale.</returns>
    public static VerdictScale Scale(int format, ScaleRecord scale)
    {
        CompiledFormat.Check(format);
        Argument.NotNull(scale, nameof(scale));
        return new VerdictScale(scale.Name, scale.BestRating, scale.WorstRating, scale.Verdicts);
    }

    /// <summary>Writes sources and claims judged on the default scale in the compiled form and reads them back, as the generated code would.</summary>
    /// <param name="sources">The source documents, ordered by id.</param>
    /// <param name="files">The claims of each <c>.check</c> file, in file order.</param>
    /// <param name="sourceSet">The source documents.</param>
    /// <returns>The claims.</returns>
    public static ClaimSet Build(IEnumerable<SourceRecord> sources, IEnumerable<IReadOnlyList<ClaimRecord>> files, out SourceSet sourceSet) =>
        Build(sources, files, Verdicts.Default, out sourceSet);

    /// <summary>Writes sources and claims in the compiled form and reads them back, as the generated code would: the one way FactCheck's tools build the model.</summary>
    /// <param name="sources">The source documents, ordered by id.</param>
    /// <param name="files">The claims of each <c>.check</c> file, in file order.</param>
    /// <param name="scale">The scale the claims are judged on.</param>
    /// <param name="sourceSet">The source documents.</param>
    /// <returns>The claims.</returns>
    public static ClaimSet Build(IEnumerable<SourceRecord> sources, IEnumerable<IReadOnlyList<ClaimRecord>> files, VerdictScale scale, out SourceSet sourceSet)
    {
        SourceSet documents = Sources(CompiledFormat.Version, [.. sources.Select(CompiledWriter.WriteSource)]);
        IReadOnlyList<ClaimRecord>[] claimFiles = [.. files];
        var tables = new CompiledClaims[claimFiles.Length];
        ClaimSet set = Claims(
            CompiledFormat.Version,
            scale,
            [.. claimFiles.Select(file => file.Count)],
            CompiledWriter.WriteIds(claimFiles.SelectMany(file => file.Select(claim => claim.Id))),
            index => tables[index]);
        for (int i = 0; i < tables.Length; i++)
        {
            tables[i] = new CompiledClaims(CompiledFormat.Version, CompiledWriter.WriteClaims(claimFiles[i]), documents, set);
        }

        sourceSet = documents;
        return set;
    }
}
