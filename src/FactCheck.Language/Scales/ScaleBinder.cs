using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCheck.Fields;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Naming;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Language.Scales;

/// <summary>
/// Binds scale declarations: within a file, a <c>scale:</c> entry and the <c>verdict:</c> entries after it (keywords
/// once, ratings within the bounds, colours readable); across the project, the one scale every claim is judged on.
/// </summary>
internal static class ScaleBinder
{
    /// <summary>The prefix of a verdict's C# name when its keyword starts with a digit.</summary>
    public const string VerdictDigitPrefix = "Verdict";

    private static readonly IReadOnlyList<FieldSpec> s_noOtherFields = [];

    /// <summary>Names the generated <c>Verdicts</c> class uses itself or inherits from <see cref="object"/>.</summary>
    private static readonly HashSet<string> s_reservedNames = new(StringComparer.Ordinal)
    {
        "Scale", "Verdicts", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Gets a verdict's property name in the generated <c>Verdicts</c> class, such as <c>PantsOnFire</c>.</summary>
    /// <param name="keyword">The verdict's keyword.</param>
    /// <returns>The PascalCase name.</returns>
    public static string MemberName(string keyword) => Identifiers.ToPascalCase(keyword, VerdictDigitPrefix);

    /// <summary>Binds the scale and verdict entries of one file, in file order.</summary>
    /// <param name="path">The file.</param>
    /// <param name="entries">Its entries; claims and documents are skipped.</param>
    /// <param name="diagnostics">Where the file's diagnostics go.</param>
    /// <returns>The scales the file declares, each with the verdicts after it.</returns>
    public static EquatableArray<ScaleDeclaration> BindFile(string path, IEnumerable<EntrySyntax> entries, List<CheckDiagnostic> diagnostics)
    {
        var scales = new List<ScaleDeclaration>();
        ScaleEntrySyntax? scale = null;
        (int? Best, int? Worst) bounds = default;
        var verdicts = new List<(ScaleVerdict Verdict, TextRange Range)>();

        void Close()
        {
            if (scale is not null)
            {
                var declared = new ProjectScale(scale.Head.Text, bounds.Best, bounds.Worst, verdicts.Select(verdict => verdict.Verdict).ToEquatableArray(), IsDeclared: true);
                scales.Add(new ScaleDeclaration(path, scale.KeywordRange, declared));
            }
        }

        foreach (EntrySyntax entry in entries)
        {
            switch (entry)
            {
                case ScaleEntrySyntax next:
                    Close();
                    scale = next;
                    verdicts.Clear();
                    bounds = ReadBounds(new EntryReader(path, next, ScaleFields.All, s_noOtherFields, "scale", diagnostics), next);
                    break;
                case VerdictEntrySyntax verdict when scale is null:
                    diagnostics.Add(DiagnosticCatalog.MisplacedScale.At(path, verdict.KeywordRange, $"This verdict: entry has no scale: before it in this file, so it belongs to no scale. Declare the scale first (scale: '<name>'), then its verdicts; a claim gives its verdict with status: {verdict.Head.Text}."));
                    break;
                case VerdictEntrySyntax verdict:
                    if (verdicts.Find(earlier => earlier.Verdict.Keyword == verdict.Head.Text) is { Verdict: not null } first)
                    {
                        diagnostics.Add(DiagnosticCatalog.DuplicateVerdict.At(path, verdict.Head.Range, $"The scale '{scale.Head.Text}' already declares the verdict '{verdict.Head.Text}' at line {first.Range.Start.Line}, column {first.Range.Start.Column}: remove this one, or give it another keyword."));
                        ReadVerdict(new EntryReader(path, verdict, VerdictFields.All, s_noOtherFields, "verdict", diagnostics), verdict, scale, bounds);
                    }
                    else if (ReadVerdict(new EntryReader(path, verdict, VerdictFields.All, s_noOtherFields, "verdict", diagnostics), verdict, scale, bounds) is { } read
                        && NameIsFree(path, verdict, verdicts, diagnostics))
                    {
                        verdicts.Add((read, verdict.Head.Range));
                    }

                    break;
            }
        }

        Close();
        return scales.ToEquatableArray();
    }

    /// <summary>Chooses the project's scale: the first declared, files ordered by path; every other is FC0023.</summary>
    /// <param name="declarations">Every file's declarations, in any order.</param>
    /// <returns>The scale (the default when none is declared) and the diagnostics of the others.</returns>
    public static (ProjectScale Scale, EquatableArray<CheckDiagnostic> Diagnostics) Choose(IEnumerable<EquatableArray<ScaleDeclaration>> declarations)
    {
        ScaleDeclaration[] all = declarations
            .SelectMany(file => file)
            .OrderBy(declaration => declaration.Path, StringComparer.Ordinal)
            .ThenBy(declaration => declaration.KeywordRange.Start.Offset)
            .ToArray();
        if (all.Length == 0)
        {
            return (ProjectScale.Default, default);
        }

        ScaleDeclaration chosen = all[0];
        var diagnostics = new List<CheckDiagnostic>();
        for (int i = 1; i < all.Length; i++)
        {
            ScaleDeclaration other = all[i];
            TextPosition at = chosen.KeywordRange.Start;
            diagnostics.Add(DiagnosticCatalog.MisplacedScale.At(other.Path, other.KeywordRange, $"The project already declares the scale '{chosen.Scale.Name}' at {FilePaths.RelativeTo(other.Path, chosen.Path)}({at.Line},{at.Column}), and a project has one scale: remove this one, or merge its verdicts into that scale."));
        }

        return (chosen.Scale, diagnostics.ToEquatableArray());
    }

    /// <summary>Reports a verdict whose generated property name another verdict of the scale, or the class itself, already has (FC0012).</summary>
    private static bool NameIsFree(string path, VerdictEntrySyntax verdict, List<(ScaleVerdict Verdict, TextRange Range)> earlier, List<CheckDiagnostic> diagnostics)
    {
        string name = MemberName(verdict.Head.Text);
        if (s_reservedNames.Contains(name))
        {
            diagnostics.Add(DiagnosticCatalog.NameCollision.At(path, verdict.Head.Range, $"The verdict '{verdict.Head.Text}' would be named Verdicts.{name} in C#, a name the generated Verdicts class uses itself: choose another keyword."));
            return false;
        }

        foreach ((ScaleVerdict other, TextRange range) in earlier)
        {
            if (MemberName(other.Keyword) == name)
            {
                diagnostics.Add(DiagnosticCatalog.NameCollision.At(path, verdict.Head.Range, $"The verdicts '{other.Keyword}' (line {range.Start.Line}, column {range.Start.Column}) and '{verdict.Head.Text}' would both be named Verdicts.{name} in C#: choose another keyword for one of them."));
                return false;
            }
        }

        return true;
    }

    private static (int? Best, int? Worst) ReadBounds(EntryReader reader, ScaleEntrySyntax entry)
    {
        int? best = Number(reader, ScaleFields.Best);
        int? worst = Number(reader, ScaleFields.Worst);
        if (reader.Has(ScaleFields.Best) != reader.Has(ScaleFields.Worst))
        {
            string missing = reader.Has(ScaleFields.Best) ? ScaleFields.Worst.Name : ScaleFields.Best.Name;
            reader.Report(DiagnosticCatalog.MissingField, entry.KeywordRange, $"This scale is missing its {missing}: field: a rated scale gives both best: and worst:, a scale of names neither.");
            return (null, null);
        }

        if (best is { } high && worst is { } low && high == low)
        {
            reader.Report(DiagnosticCatalog.RatingOutsideScale, reader.Single(ScaleFields.Worst)!.ValueRange, $"best: and worst: are both {high}, which leaves no room for a rating: give them different numbers, or leave both out for a scale of names.");
            return (null, null);
        }

        return (best, worst);
    }

    private static ScaleVerdict? ReadVerdict(EntryReader reader, VerdictEntrySyntax entry, ScaleEntrySyntax scale, (int? Best, int? Worst) bounds)
    {
        string? label = reader.Text(VerdictFields.Label)?.Text;
        string? meaning = reader.Text(VerdictFields.Meaning)?.Text;
        if (!reader.Has(VerdictFields.Label) || !reader.Has(VerdictFields.Meaning))
        {
            string missing = !reader.Has(VerdictFields.Label) && !reader.Has(VerdictFields.Meaning)
                ? "label: and meaning: fields"
                : $"{(reader.Has(VerdictFields.Label) ? VerdictFields.Meaning : VerdictFields.Label).Name}: field";
            reader.Report(DiagnosticCatalog.MissingField, entry.KeywordRange, $"This verdict is missing its {missing}: every verdict needs label: '<name readers see>' and meaning: '<what it means>'.");
        }

        int? rating = Number(reader, VerdictFields.Rating);
        if (rating is { } value && !Within(value, bounds))
        {
            string where = bounds.Best is { } best && bounds.Worst is { } worst
                ? $"is outside the scale '{scale.Head.Text}', which runs from {worst} (worst) to {best} (best): give a rating within it, or widen the scale's best: and worst:"
                : $"has nothing to lie within: the scale '{scale.Head.Text}' gives no best: and worst:. Add them to the scale, or leave the rating out for a verdict named only";
            reader.Report(DiagnosticCatalog.RatingOutsideScale, reader.Single(VerdictFields.Rating)!.ValueRange, $"The rating {value} {where}.");
            rating = null;
        }

        string? colour = Colour(reader, VerdictFields.Colour, BadgeContrast.LightText, "white", "light mode", "a darker");
        string? darkColour = Colour(reader, VerdictFields.DarkColour, BadgeContrast.DarkText, "the dark page's colour", "dark mode", "a lighter");
        if (darkColour is not null && !reader.Has(VerdictFields.Colour))
        {
            reader.Report(DiagnosticCatalog.MissingField, entry.KeywordRange, "This verdict gives dark-colour: without colour:: give colour: '#rrggbb' for light mode too.");
        }

        // Without a dark colour, dark mode takes the light one lightened until its badge text reads: every verdict with a
        // colour has one for each mode, so the report needs no contrast arithmetic of its own.
        if (colour is not null && darkColour is null && !reader.Has(VerdictFields.DarkColour))
        {
            darkColour = BadgeContrast.Nearest(colour, BadgeContrast.DarkText);
        }

        bool needsEvidence = false;
        if (reader.Word(VerdictFields.Evidence, "required or optional") is { } evidence)
        {
            if (evidence.Text is "required" or "optional")
            {
                needsEvidence = evidence.Text == "required";
            }
            else
            {
                reader.Report(DiagnosticCatalog.MalformedValue, evidence.Range, $"'evidence:' takes required or optional, not '{evidence.Text}'.");
            }
        }

        return label is null || meaning is null ? null : new ScaleVerdict(entry.Head.Text, label, meaning, rating, colour, darkColour, needsEvidence);
    }

    private static bool Within(int rating, (int? Best, int? Worst) bounds) =>
        bounds.Best is { } best && bounds.Worst is { } worst && rating >= Math.Min(best, worst) && rating <= Math.Max(best, worst);

    private static int? Number(EntryReader reader, FieldSpec field)
    {
        if (reader.Word(field, "a whole number") is not { } word)
        {
            return null;
        }

        if (int.TryParse(word.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value <= 1_000_000)
        {
            return value;
        }

        reader.Report(DiagnosticCatalog.MalformedValue, word.Range, $"'{field.Name}:' takes a whole number from 0 to 1000000, not '{word.Text}'.");
        return null;
    }

    private static string? Colour(EntryReader reader, FieldSpec field, string text, string textName, string mode, string direction)
    {
        if (reader.Text(field) is not { } written)
        {
            return null;
        }

        if (!BadgeContrast.TryRead(written.Text, out string colour))
        {
            reader.Report(DiagnosticCatalog.MalformedValue, written.Range, $"'{field.Name}:' takes a colour written '#rrggbb' (six hexadecimal digits), not '{EntryReader.Sanitize(written.Text)}'.");
            return null;
        }

        double ratio = BadgeContrast.Ratio(colour, text);
        if (ratio < BadgeContrast.Minimum)
        {
            string nearest = BadgeContrast.Nearest(colour, text);
            string message = string.Format(CultureInfo.InvariantCulture, "The badge writes the verdict's name in {0} on {1} in {2}, at a contrast of {3:0.00}:1, under WCAG AA's 4.5:1: choose {4} colour, such as '{5}'.", textName, colour, mode, Math.Floor(ratio * 100) / 100, direction, nearest);
            reader.Report(DiagnosticCatalog.LowContrastColour, written.Range, message, new CheckFix($"Use {nearest}", written.Range, $"'{nearest}'"));
        }

        return colour;
    }
}
