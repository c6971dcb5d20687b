namespace FactCheck.Language.Binding;

/// <summary>
/// How much source text the closest-passage hints of one <c>.check</c> file may search in all. A hint reads the whole
/// source, so without a cap a file of many wrong quotes against a large source would take time proportional to their
/// product; with it, binding a file stays linear in its size. Quotes past the budget are still reported, without a hint.
/// </summary>
internal sealed class HintBudget
{
    /// <summary>The characters of source text one file's hints may search: 32 Mi, a few seconds of work.</summary>
    public const long Characters = 32L * 1024 * 1024;

    private long _left = Characters;

    /// <summary>Takes <paramref name="characters"/> from the budget if that much is left.</summary>
    /// <returns>Whether it was.</returns>
    public bool TrySpend(int characters)
    {
        if (characters > _left)
        {
            return false;
        }

        _left -= characters;
        return true;
    }
}
