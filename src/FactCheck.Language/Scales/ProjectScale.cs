using System;
using System.Linq;
using FactCheck.Compiled;

namespace FactCheck.Language.Scales;

/// <summary>
/// The scale a project's claims are judged on, as the binder and the generator compare it: by value, with no position,
/// so an edit that only moves the <c>scale:</c> entry leaves it equal.
/// </summary>
/// <param name="Name">The scale's name.</param>
/// <param name="BestRating">The best rating, if the scale is rated.</param>
/// <param name="WorstRating">The worst rating, if the scale is rated.</param>
/// <param name="Verdicts">The verdicts, in the scale's order.</param>
/// <param name="IsDeclared">Whether a <c>.check</c> file declared it; otherwise it is FactCheck's default scale.</param>
internal sealed record ProjectScale(string Name, int? BestRating, int? WorstRating, EquatableArray<ScaleVerdict> Verdicts, bool IsDeclared)
{
    /// <summary>Gets FactCheck's default scale, <see cref="FactCheck.Verdicts.Default"/>.</summary>
    public static ProjectScale Default { get; } = new(
        FactCheck.Verdicts.Default.Name,
        FactCheck.Verdicts.Default.BestRating,
        FactCheck.Verdicts.Default.WorstRating,
        FactCheck.Verdicts.Default.Select(verdict => new ScaleVerdict(verdict.Keyword, verdict.Label, verdict.Meaning, verdict.Rating, verdict.Colour, verdict.DarkColour, verdict.NeedsEvidence)).ToEquatableArray(),
        IsDeclared: false);

    /// <summary>Finds a verdict by its keyword, compared ordinally.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The verdict, or <see langword="null"/>.</returns>
    public ScaleVerdict? Find(string keyword)
    {
        foreach (ScaleVerdict verdict in Verdicts)
        {
            if (string.Equals(verdict.Keyword, keyword, StringComparison.Ordinal))
            {
                return verdict;
            }
        }

        return null;
    }

    /// <summary>Gets the runtime scale: the default one itself, or the declared one made as the generated code makes it.</summary>
    /// <returns>The scale.</returns>
    public VerdictScale ToRuntime() => IsDeclared ? CompiledModel.Scale(CompiledFormat.Version, ToRecord()) : FactCheck.Verdicts.Default;

    /// <summary>Gets the record the generated code writes.</summary>
    /// <returns>The record.</returns>
    public ScaleRecord ToRecord()
    {
        var record = new ScaleRecord { Name = Name, BestRating = BestRating, WorstRating = WorstRating };
        foreach (ScaleVerdict verdict in Verdicts)
        {
            record.Verdicts.Add(new VerdictRecord
            {
                Keyword = verdict.Keyword,
                Label = verdict.Label,
                Meaning = verdict.Meaning,
                Rating = verdict.Rating,
                Colour = verdict.Colour,
                DarkColour = verdict.DarkColour,
                NeedsEvidence = verdict.NeedsEvidence,
            });
        }

        return record;
    }
}
