using System;
using System.IO;
using System.Linq;

namespace FactCheck.Language.Text;

/// <summary>
/// Names one file from another in a message. The build gives full paths and the command line paths relative to where it
/// runs, so a message that named another file by its path would differ between them; relative to the file the
/// diagnostic stands in, the name is the same both ways.
/// </summary>
internal static class FilePaths
{
    private static readonly char[] s_separators = ['/', '\\'];

    /// <summary>Gets the path of <paramref name="toFile"/> relative to the folder of <paramref name="fromFile"/>, with <c>/</c>.</summary>
    /// <param name="fromFile">The file the message is about.</param>
    /// <param name="toFile">The file it names.</param>
    /// <returns>Such as <c>b.check</c> or <c>../other/b.check</c>; <paramref name="toFile"/> as given when only one of them is rooted.</returns>
    public static string RelativeTo(string fromFile, string toFile)
    {
        if (Path.IsPathRooted(fromFile) != Path.IsPathRooted(toFile))
        {
            return toFile;
        }

        string[] from = fromFile.Split(s_separators);
        string[] to = toFile.Split(s_separators);
        int common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        return string.Join("/", Enumerable.Repeat("..", from.Length - 1 - common).Concat(to.Skip(common)));
    }
}
