namespace FactCheck.Reports;

/// <summary>
/// The script a page served by <c>factcheck serve</c> runs to reload itself: it listens to the server-sent events at the
/// address in its <c>data-events</c> attribute and reloads the page at each <c>reload</c> event. Pages allow it by hash,
/// never with <c>'unsafe-inline'</c>.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>Gets the script's text, to write inside <c>&lt;script data-events="..."&gt;</c> with no white space around it.</summary>
    public static string Text => TemplateAssets.Instance.LiveReload.Text;

    /// <summary>Gets the Content-Security-Policy source that allows exactly this script, such as <c>'sha256-...'</c>.</summary>
    public static string PolicySource => TemplateAssets.Instance.LiveReloadPolicySource;
}
