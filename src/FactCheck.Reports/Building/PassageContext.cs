namespace FactCheck.Reports.Building;

/// <summary>The text around a passage, as a claim card shows it.</summary>
/// <param name="ClippedBefore">Whether the context starts inside the paragraph.</param>
/// <param name="Before">The text before the passage.</param>
/// <param name="After">The text after the passage.</param>
/// <param name="ClippedAfter">Whether the context ends inside the paragraph.</param>
internal readonly record struct PassageContext(bool ClippedBefore, string Before, string After, bool ClippedAfter);
