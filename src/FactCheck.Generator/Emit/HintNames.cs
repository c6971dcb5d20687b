using System.Globalization;
using System.Text;

namespace FactCheck.Generator.Emit;

/// <summary>Unique, valid hint names for generated files, and the names of the classes in them.</summary>
internal static class HintNames
{
    /// <summary>How many generated files the <c>.check</c> files' tables are spread over, at most (see <c>TableGroup</c>).</summary>
    public const int GroupCount = 16;

    /// <summary>The hint name of a group of <c>.check</c> files' tables.</summary>
    public static string ForGroup(int group) => $"Claims.Files{group.ToString("00", CultureInfo.InvariantCulture)}.g.cs";

    /// <summary>The group a <c>.check</c> file's table is written into, from a hash of its full path.</summary>
    public static int GroupOf(string path) => (int)(Fnv1a(path) % GroupCount);

    /// <summary>The name of the class in <c>Claims</c> that makes a group's tables; the underscore keeps it apart from <c>Claims</c>' own members.</summary>
    public static string ClassForGroup(int group) => $"Files_{group.ToString("00", CultureInfo.InvariantCulture)}";

    private static string Hash(string path) => Fnv1a(path).ToString("x8", CultureInfo.InvariantCulture);

    private static string SafeStem(string path)
    {
        string stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var safe = new StringBuilder(stem.Length);
        foreach (char c in stem)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        return safe.ToString();
    }

    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
