namespace FactCheck.Reports.Building;

/// <summary>A stretch of a text from <see cref="Start"/> up to but not including <see cref="End"/>.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
internal readonly record struct OffsetRange(int Start, int End)
{
    public int Length => End - Start;
}
