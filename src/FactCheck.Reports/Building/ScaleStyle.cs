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

            light.Append(selector).Append(" { --accent: ").Append(colour).Append("; --tint: ").Append(Mix(colour, "#ffffff", 0.85)).Append("; }\n");

            // Without a dark colour the badge keeps its light look, white text on the colour, which FC0022 checked.
            dark.Append("  ").Append(selector).Append(" { --accent: ").Append(verdict.DarkColour ?? colour)
                .Append("; --tint: ").Append(Mix(verdict.DarkColour ?? colour, "#0d1117", 0.78))
                .Append(verdict.DarkColour is null ? "; --on-accent: #ffffff; }\n" : "; }\n");
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
