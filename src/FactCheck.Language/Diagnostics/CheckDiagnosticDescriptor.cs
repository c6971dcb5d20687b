namespace FactCheck.Language.Diagnostics;

/// <summary>One kind of diagnostic: its stable id, default severity and what it is about.</summary>
public sealed class CheckDiagnosticDescriptor
{
    internal CheckDiagnosticDescriptor(string id, CheckSeverity severity, string title, string description)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Description = description;
    }

    /// <summary>Gets the stable id, such as <c>FC0004</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the default severity.</summary>
    public CheckSeverity Severity { get; }

    /// <summary>Gets a short title.</summary>
    public string Title { get; }

    /// <summary>Gets when the diagnostic is given and how to fix it.</summary>
    public string Description { get; }

    /// <summary>Creates a diagnostic of this kind.</summary>
    /// <param name="filePath">The <c>.check</c> file.</param>
    /// <param name="range">Where in the file.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <returns>The diagnostic.</returns>
    internal CheckDiagnostic At(string filePath, Text.TextRange range, string message) =>
        new(Id, Severity, message, filePath, range);

    /// <summary>Creates a diagnostic of this kind with the edit that resolves it.</summary>
    /// <param name="filePath">The <c>.check</c> file.</param>
    /// <param name="range">Where in the file.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="fix">The suggested edit, if there is one.</param>
    /// <returns>The diagnostic.</returns>
    internal CheckDiagnostic At(string filePath, Text.TextRange range, string message, CheckFix? fix) =>
        fix is null ? At(filePath, range, message) : At(filePath, range, message) with { FixArray = new[] { fix }.ToEquatableArray() };
}
