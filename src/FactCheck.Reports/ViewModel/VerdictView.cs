namespace FactCheck.Reports.ViewModel;

/// <summary>A verdict as the page shows it. Its colours come from the stylesheet's <c>v-{keyword}</c> class.</summary>
public sealed class VerdictView
{
    /// <summary>Gets the keyword, such as <c>mostly-false</c>; safe in a class name or attribute.</summary>
    public required string Keyword { get; init; }

    /// <summary>Gets the name a reader sees, such as <c>Mostly false</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a one-sentence meaning of the verdict.</summary>
    public required string Meaning { get; init; }

    /// <summary>Gets the ClaimReview rating from 1 to 5, or <see langword="null"/> where the verdict has none.</summary>
    public required int? Rating { get; init; }
}
