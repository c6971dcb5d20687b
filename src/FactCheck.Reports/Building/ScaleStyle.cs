using System;
using System.Globalization;
using System.Text;

namespace FactCheck.Reports.Building;

/// <summary>
/// The stylesheet rules of a declared scale's colours, added to the report's own stylesheet so that its hash in the
/// Content-Security-Policy covers them: no style attribute, which the policy blocks. The default scale adds none, as
/// the stylesheet colours it in both modes.
/// </summary>
internal static class ScaleStyle
{
    // A verdict without a colour of its own is drawn in the page's muted grey, which passes AA in both modes.
    private const string Uncoloured = "--accent: var(--muted); --tint: var(--card);";

    /// <summary>Gets the rules for <paramref name="scale"/>'s colours, or an empty text for the default scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>CSS, one rule per verdict and one dark-mode block.</returns>
    public static string Of(VerdictScale scale)
    {
        if (ReferenceEquals(scale, Verdicts.Default))
        {
            return string.Empty;
        }

        var light = new StringBuilder("\n/* The declared scale's colours. */\n");
        var dark = new StringBuilder("@media screen and (prefers-color-scheme: dark) {\n");
        foreach (Verdict verdict in scale)
        {
            string selector = ".v-" + verdict.Keyword.Replace(".", "\\.", StringComparison.Ordinal);
            if (verdict.Colour is not { } colour)
            {
                light.Append(selector).Append(" { ").Append(Uncoloured).Append(" }\n");
                dark.Append("  ").Append(selector).Append(" { ").Append(Uncoloured).Append(" }\n");
                continue;
            }

            // FC0022 held each colour to its mode's badge text; the tints under highlighted passages are mixed toward the page.
            // The language always derives a dark colour; a scale made without one keeps its light badge, white text included.
            string darkColour = verdict.DarkColour ?? colour;
            string darkText = verdict.DarkColour is null ? " --on-accent: #ffffff;" : string.Empty;
            light.Append(selector).Append(" { --accent: ").Append(colour).Append("; --tint: ").Append(Mix(colour, "#ffffff", 0.85)).Append("; }\n");
            dark.Append("  ").Append(selector).Append(" { --accent: ").Append(darkColour).Append("; --tint: ").Append(Mix(darkColour, "#0d1117", 0.82)).Append(';').Append(darkText).Append(" }\n");
        }

        return light.Append(dark).Append("}\n").ToString();
    }

    private static string Mix(string colour, string other, double share)
    {
        int Mixed(int at) => (int)Math.Round((Channel(colour, at) * (1 - share)) + (Channel(other, at) * share));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mixed(1):x2}{Mixed(3):x2}{Mixed(5):x2}");
    }

    private static int Channel(string colour, int at) => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
