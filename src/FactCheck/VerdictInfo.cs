namespace FactCheck;

/// <summary>What a <see cref="Verdict"/> means and how it is written and rated.</summary>
public sealed class VerdictInfo
{
    internal VerdictInfo(Verdict verdict, string keyword, string displayName, int? rating, string meaning)
    {
        Verdict = verdict;
        Keyword = keyword;
        DisplayName = displayName;
        Rating = rating;
        Meaning = meaning;
    }

    /// <summary>Gets the verdict described.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the keyword that spells the verdict in a <c>.check</c> file, such as <c>mostly-true</c>.</summary>
    public string Keyword { get; }

    /// <summary>Gets the name a reader sees, such as <c>Mostly true</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the schema.org ClaimReview rating from 1 (false) to 5 (true), or <see langword="null"/> where the verdict is not a point on that scale.</summary>
    public int? Rating { get; }

    /// <summary>Gets a one-sentence meaning of the verdict for readers.</summary>
    public string Meaning { get; }
}
