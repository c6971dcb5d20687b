namespace FactCheck.Language.Diagnostics;

/// <summary>How serious a diagnostic is by default; a build may raise or lower it per id.</summary>
public enum CheckSeverity
{
    /// <summary>The check is suspect but the claim still compiles.</summary>
    Warning,

    /// <summary>The check is wrong; the claim is left out of the generated code.</summary>
    Error,
}
