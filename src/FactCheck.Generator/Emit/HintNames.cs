using System.Globalization;
using System.Text;

namespace FactCheck.Generator.Emit;

/// <summary>Unique, valid hint names for generated files.</summary>
internal static class HintNames
{
    /// <summary>A hint name for the code of one <c>.check</c> file: its name made safe, plus a hash of its full path, so two files never share one.</summary>
    public static string ForCheckFile(string path) => $"Claims.{SafeStem(path, keepHyphen: true)}.{Hash(path)}.g.cs";

    /// <summary>The name of the nested class that holds one <c>.check</c> file's compiled claims, made like its hint name; the underscores keep it apart from every claim's name.</summary>
    public static string ClassForCheckFile(string path) => $"File_{SafeStem(path, keepHyphen: false)}_{Hash(path)}";

    private static string Hash(string path) => Fnv1a(path).ToString("x8", CultureInfo.InvariantCulture);

    private static string SafeStem(string path, bool keepHyphen)
    {
        string stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var safe = new StringBuilder(stem.Length);
        foreach (char c in stem)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' || (keepHyphen && c == '-') ? c : '_');
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
