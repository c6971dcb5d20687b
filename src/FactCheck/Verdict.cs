using System;

namespace FactCheck;

/// <summary>
/// One verdict of a <see cref="VerdictScale"/>: its keyword, label, meaning, place in the scale, optional ClaimReview
/// rating, report colours and whether a claim judged so needs evidence. The project's <c>.check</c> files declare the
/// scale (<c>scale:</c> and <c>verdict:</c> entries), or FactCheck's nine verdicts (<see cref="Verdicts"/>) are it.
/// </summary>
/// <remarks>Two verdicts are equal when they have the same keyword in scales of the same name.</remarks>
public sealed class Verdict : IEquatable<Verdict>
{
    internal Verdict(VerdictScale scale, int order, string keyword, string label, string meaning, int? rating, string? colour, string? darkColour, bool needsEvidence)
    {
        Scale = scale;
        Order = order;
        Keyword = keyword;
        Label = label;
        Meaning = meaning;
        Rating = rating;
        Colour = colour;
        DarkColour = darkColour;
        NeedsEvidence = needsEvidence;
    }

    /// <summary>Gets the scale the verdict belongs to.</summary>
    public VerdictScale Scale { get; }

    /// <summary>Gets the verdict's place in <see cref="Scale"/>, from 0, in the order the scale lists its verdicts.</summary>
    public int Order { get; }

    /// <summary>Gets the keyword that spells the verdict in a claim's <c>status:</c>, such as <c>mostly-true</c>.</summary>
    public string Keyword { get; }

    /// <summary>Gets the name a reader sees, such as <c>Mostly true</c> (ClaimReview's <c>alternateName</c>).</summary>
    public string Label { get; }

    /// <summary>Gets a one-sentence meaning of the verdict for readers.</summary>
    public string Meaning { get; }

    /// <summary>Gets the ClaimReview rating, between the scale's <see cref="VerdictScale.WorstRating"/> and <see cref="VerdictScale.BestRating"/>, or <see langword="null"/> where the verdict is named only.</summary>
    public int? Rating { get; }

    /// <summary>Gets the badge colour the scale declares (<c>#rrggbb</c>, under white text), or <see langword="null"/> for the report's own palette.</summary>
    public string? Colour { get; }

    /// <summary>Gets the badge colour in dark mode (<c>#rrggbb</c>, under the dark page's colour as text): declared, or <see cref="Colour"/> lightened until that text reads; <see langword="null"/> when <see cref="Colour"/> is.</summary>
    public string? DarkColour { get; }

    /// <summary>Gets whether a claim judged so should carry evidence (FC0010 otherwise).</summary>
    public bool NeedsEvidence { get; }

    /// <summary>Compares two verdicts by scale name and keyword.</summary>
    /// <param name="left">A verdict, or <see langword="null"/>.</param>
    /// <param name="right">Another, or <see langword="null"/>.</param>
    /// <returns>Whether they are the same verdict.</returns>
    public static bool operator ==(Verdict? left, Verdict? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two verdicts by scale name and keyword.</summary>
    /// <param name="left">A verdict, or <see langword="null"/>.</param>
    /// <param name="right">Another, or <see langword="null"/>.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Verdict? left, Verdict? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(Verdict? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (string.Equals(Keyword, other.Keyword, StringComparison.Ordinal) && string.Equals(Scale.Name, other.Scale.Name, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Verdict);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Keyword);

    /// <summary>Gets the name a reader sees, as the enumeration's member names read before verdicts were data.</summary>
    /// <returns><see cref="Label"/>.</returns>
    public override string ToString() => Label;
}
