using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Reports.Tests;

/// <summary>WCAG 2 contrast between two CSS colours as a browser computes them (<c>rgb(r, g, b)</c>).</summary>
internal static partial class Contrast
{
    public static double Ratio(string foreground, string background)
    {
        double first = Luminance(foreground);
        double second = Luminance(background);
        return (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);
    }

    private static double Luminance(string colour)
    {
        Match match = Rgb().Match(colour);
        if (!match.Success)
        {
            throw new FormatException($"'{colour}' is not an opaque rgb() colour.");
        }

        double Channel(int group)
        {
            double value = int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"^rgb\((\d+), (\d+), (\d+)\)$")]
    private static partial Regex Rgb();
}
