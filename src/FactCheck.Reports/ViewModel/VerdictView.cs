namespace FactCheck.Reports.ViewModel;

/// <summary>A verdict as the page shows it. Its colours come from the stylesheet's <c>v-{keyword}</c> class, which a declared scale's colours add to.</summary>
public sealed class VerdictView
{
    /// <summary>Gets the keyword, such as <c>mostly-false</c>; safe in a class name or attribute.</summary>
    public required string Keyword { get; init; }

    /// <summary>Gets the name a reader sees, such as <c>Mostly false</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a one-sentence meaning of the verdict.</summary>
    public required string Meaning { get; init; }

    /// <summary>Gets the ClaimReview rating, between <see cref="WorstRating"/> and <see cref="BestRating"/>, or <see langword="null"/> where the verdict has none.</summary>
    public required int? Rating { get; init; }

    /// <summary>Gets the best rating of the verdict's scale, or <see langword="null"/> for a scale of names.</summary>
    public required int? BestRating { get; init; }

    /// <summary>Gets the worst rating of the verdict's scale, or <see langword="null"/> for a scale of names.</summary>
    public required int? WorstRating { get; init; }
}
