namespace FactCheck.Reports.ViewModel;

/// <summary>
/// The report's own stylesheet or script, embedded in this assembly. The page's Content-Security-Policy allows exactly
/// these texts by hash, which is why <c>{{ embed style }}</c> and <c>{{ embed script }}</c> may write them unencoded.
/// Only the report creates one.
/// </summary>
public sealed class PageAsset
{
    internal PageAsset(string text)
    {
        Text = text;
    }

    /// <summary>Gets the stylesheet's or script's text.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
