using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Scales;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Scales;

/// <summary>What a declared scale gives the model, and the contrast arithmetic FC0022 rests on.</summary>
public sealed class ScaleBindingTests
{
    private const string Claim = "claim: 'ISIS has been defeated' source: 000 status: outdated\n";

    [Fact]
    public void A_declared_scale_is_the_models_scale_in_order_with_every_field()
    {
        CheckModel model = Compile(
            "scale: 'Named'\n" +
            "verdict: miscaptioned label: 'Miscaptioned' meaning: 'Wrong caption.' colour: '#8250df' dark-colour: '#c297ff' evidence: required\n" +
            "verdict: outdated label: 'Outdated' meaning: 'True once.'\n" + Claim).ToModel(path => path);

        VerdictScale scale = model.Claims.Scale;
        Assert.Equal(("Named", (int?)null, (int?)null), (scale.Name, scale.BestRating, scale.WorstRating));
        Assert.Equal(["miscaptioned", "outdated"], scale.Select(verdict => verdict.Keyword));
        Assert.Equal((0, "Miscaptioned", "Wrong caption.", "#8250df", "#c297ff", true), (scale[0].Order, scale[0].Label, scale[0].Meaning, scale[0].Colour, scale[0].DarkColour, scale[0].NeedsEvidence));
        Assert.Equal((1, (string?)null, (string?)null, false), (scale[1].Order, scale[1].Colour, scale[1].DarkColour, scale[1].NeedsEvidence));
        Assert.Same(scale[1], Assert.Single(model.Claims).Verdict);
    }

    [Fact]
    public void A_colour_without_a_dark_colour_gets_one_that_the_dark_badge_text_reads_on()
    {
        CheckModel model = Compile("scale: 'Named'\nverdict: outdated label: 'Outdated' meaning: 'True once.' colour: '#82071E'\n" + Claim).ToModel(path => path);

        Verdict outdated = model.Claims.Scale[0];
        Assert.Equal("#82071e", outdated.Colour);
        Assert.NotNull(outdated.DarkColour);
        Assert.InRange(BadgeContrast.Ratio(outdated.DarkColour!, BadgeContrast.DarkText), BadgeContrast.Minimum, 21);
        Assert.InRange(BadgeContrast.Ratio(outdated.Colour!, BadgeContrast.DarkText), 1, BadgeContrast.Minimum);
    }

    [Fact]
    public void The_contrast_is_wcag_2s_and_the_suggested_colour_passes()
    {
        Assert.Equal(21, BadgeContrast.Ratio("#000000", "#ffffff"), 6);
        Assert.Equal(4.48, BadgeContrast.Ratio("#777777", "#ffffff"), 2);
        Assert.Equal(4.54, BadgeContrast.Ratio("#767676", "#ffffff"), 2);
        foreach (string colour in new[] { "#ffcc00", "#777777", "#00ff00", "#0b3d1b" })
        {
            Assert.True(BadgeContrast.Ratio(BadgeContrast.Nearest(colour, BadgeContrast.LightText), BadgeContrast.LightText) >= BadgeContrast.Minimum, colour);
            Assert.True(BadgeContrast.Ratio(BadgeContrast.Nearest(colour, BadgeContrast.DarkText), BadgeContrast.DarkText) >= BadgeContrast.Minimum, colour);
        }
    }

    [Fact]
    public void The_fix_of_a_colour_without_contrast_gives_a_colour_that_passes()
    {
        CheckCompilation compilation = Compile("scale: 'Named'\nverdict: outdated label: 'Outdated' meaning: 'True once.' colour: '#ffcc00'\n" + Claim);

        CheckDiagnostic diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal((DiagnosticIds.LowContrastColour, 2, 67), (diagnostic.Id, diagnostic.Range.Start.Line, diagnostic.Range.Start.Column));
        string fixedColour = Assert.Single(diagnostic.Fixes).NewText.Trim('\'');
        Assert.Empty(Compile($"scale: 'Named'\nverdict: outdated label: 'Outdated' meaning: 'True once.' colour: '{fixedColour}'\n" + Claim).Diagnostics);
    }

    [Fact]
    public void The_report_stylesheets_badge_text_is_what_FC0022_measures_against()
    {
        string css = File.ReadAllText(Path.Combine(Repository.Root, "src", "FactCheck.Reports", "Templates", "report.css"));

        Assert.Equal(
            [BadgeContrast.LightText, BadgeContrast.DarkText],
            Regex.Matches(css, "--on-accent: (#[0-9a-f]{6});").Select(match => match.Groups[1].Value));
    }

    private static CheckCompilation Compile(string text) =>
        CheckCompilation.Compile([new TextFile("checks/scale.check", text)], Repository.SeedFiles);
}
