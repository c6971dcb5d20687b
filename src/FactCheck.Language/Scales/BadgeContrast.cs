using System;
using System.Globalization;

namespace FactCheck.Language.Scales;

/// <summary>
/// WCAG 2 contrast between a verdict's colour and the badge text the report writes on it: white in light mode, the dark
/// page's colour in dark mode (the report stylesheet's <c>--on-accent</c>, which a test holds to these values).
/// </summary>
internal static class BadgeContrast
{
    /// <summary>The badge text in light mode, and in dark mode on a verdict without <c>dark-colour:</c>.</summary>
    public const string LightText = "#ffffff";

    /// <summary>The badge text in dark mode on a verdict's <c>dark-colour:</c>.</summary>
    public const string DarkText = "#0d1117";

    /// <summary>WCAG AA's minimum for normal text.</summary>
    public const double Minimum = 4.5;

    /// <summary>Reads <c>#rrggbb</c>, in either case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="colour">The colour in lower case.</param>
    /// <returns>Whether the text is such a colour.</returns>
    public static bool TryRead(string text, out string colour)
    {
        colour = text.ToLowerInvariant();
        if (colour.Length != 7 || colour[0] != '#')
        {
            return false;
        }

        for (int i = 1; i < 7; i++)
        {
            if (!Uri.IsHexDigit(colour[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the contrast ratio of two <c>#rrggbb</c> colours, from 1 to 21.</summary>
    public static double Ratio(string first, string second)
    {
        double a = Luminance(first);
        double b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Gets the nearest colour of the same hue that reaches <see cref="Minimum"/> against <paramref name="text"/>, moving away from it.</summary>
    public static string Nearest(string colour, string text)
    {
        bool darken = Luminance(text) > 0.5;
        string candidate = colour;
        for (int step = 1; step <= 100 && Ratio(candidate, text) < Minimum; step++)
        {
            candidate = Mix(colour, darken ? "#000000" : "#ffffff", step / 100.0);
        }

        return candidate;
    }

    /// <summary>Gets the relative luminance of a <c>#rrggbb</c> colour, from 0 (black) to 1 (white).</summary>
    public static double Luminance(string colour) =>
        (0.2126 * Linear(Channel(colour, 1))) + (0.7152 * Linear(Channel(colour, 3))) + (0.0722 * Linear(Channel(colour, 5)));

    /// <summary>Mixes <paramref name="share"/> of <paramref name="other"/> into <paramref name="colour"/>, channel by channel.</summary>
    public static string Mix(string colour, string other, double share)
    {
        int Mixed(int at) => (int)Math.Round((Channel(colour, at) * (1 - share)) + (Channel(other, at) * share));
        return string.Format(CultureInfo.InvariantCulture, "#{0:x2}{1:x2}{2:x2}", Mixed(1), Mixed(3), Mixed(5));
    }

    private static int Channel(string colour, int at) => int.Parse(colour.Substring(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Linear(int channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
