using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Compiled;

/// <summary>A declared verdict scale, as the generated code writes it. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScaleRecord
{
    /// <summary>Gets or sets the scale's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the best rating, if the scale is rated.</summary>
    public int? BestRating { get; set; }

    /// <summary>Gets or sets the worst rating, if the scale is rated.</summary>
    public int? WorstRating { get; set; }

    /// <summary>Gets the verdicts, in the scale's order.</summary>
    public IList<VerdictRecord> Verdicts { get; } = new List<VerdictRecord>();
}
