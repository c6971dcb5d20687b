namespace FactCheck.Reports.ViewModel;

/// <summary>What a page served live needs to reload itself: the address of the server's event stream and the script that listens to it.</summary>
public sealed class LiveReloadView
{
    internal LiveReloadView(string events, PageAsset script)
    {
        Events = events;
        Script = script;
    }

    /// <summary>Gets the address of the server-sent events; write it in the script element's <c>data-events</c> attribute.</summary>
    public string Events { get; }

    /// <summary>Gets the script; write it with <c>{{ embed live_reload.script }}</c> inside <c>&lt;script&gt;</c>, with no white space around it.</summary>
    public PageAsset Script { get; }
}
