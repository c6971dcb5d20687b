using System;
using System.Linq;
using System.Threading;
using FactCheck.Generator.Emit;
using FactCheck.Generator.Model;
using FactCheck.Language;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Reading;
using FactCheck.Language.Scales;
using FactCheck.Language.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCheck.Generator;

/// <summary>
/// Compiles the project's <c>.check</c> files into typed claims. Each file is parsed and bound in its own step,
/// the files are then bound together, and every problem is reported as an FC diagnostic at its line and column.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactCheckGenerator : IIncrementalGenerator
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.FactCheckKind";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<AdditionalInput> inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.InputFiles);

        IncrementalValuesProvider<ParseResult> parsed = inputs
            .Where(static input => input.IsCheckFile)
            .Select(static (input, _) => CheckCompilation.Parse(input.File))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<SourceCatalog> sources = inputs
            .Where(static input => !input.IsCheckFile)
            .Collect()
            .Select(static (files, _) => SourceCatalog.Create(files.Select(file => file.File)))
            .WithTrackingName(TrackingNames.SourceCatalog);

        IncrementalValuesProvider<BoundFile> unjudged = parsed
            .Combine(sources)
            .Select(static (pair, _) => FileBinder.Bind(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Bind);

        // The scale is chosen from every file's declarations, which only a file declaring a scale changes; the chosen
        // scale holds no position, so moving its entry leaves everything after it cached.
        IncrementalValueProvider<(ProjectScale Scale, EquatableArray<CheckDiagnostic> Diagnostics)> chosenScale = unjudged
            .Select(static (file, _) => file.Scales)
            .WithTrackingName(TrackingNames.ScaleDeclarations)
            .Collect()
            .Select(static (declarations, _) => ScaleBinder.Choose(declarations))
            .WithTrackingName(TrackingNames.ChooseScale);
        context.RegisterSourceOutput(chosenScale, static (context, chosen) => Report(context, chosen.Diagnostics));

        IncrementalValueProvider<ProjectScale> scale = chosenScale
            .Select(static (chosen, _) => chosen.Scale)
            .WithTrackingName(TrackingNames.Scale);

        // A change of scale judges every file's verdicts again, a loop over its claims with no quote matched; a file
        // whose verdicts all stay in the scale comes out equal, so its generated file stays cached.
        IncrementalValuesProvider<BoundFile> bound = unjudged
            .Combine(scale)
            .Select(static (pair, _) => VerdictBinder.Judge(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Judge);

        context.RegisterSourceOutput(
            unjudged.Combine(scale).Select(static (pair, _) => VerdictBinder.Diagnostics(pair.Left, pair.Right)).WithTrackingName(TrackingNames.VerdictDiagnostics),
            static (context, diagnostics) => Report(context, diagnostics));

        // The set is bound from the files' outlines, which hold no position: an edit that keeps every id, name, source and
        // link (a reworded note, a moved line) leaves them equal, so the set and everything emitted from it stay cached.
        IncrementalValueProvider<CheckSetOutline> set = bound
            .Select(static (file, _) => FileOutline.Of(file))
            .WithTrackingName(TrackingNames.Outline)
            .Collect()
            .Combine(sources)
            .Select(static (pair, _) => CheckSetBinder.BindOutlines(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.BindSet);

        IncrementalValueProvider<ClaimKeys> included = set
            .Select(static (set, _) => new ClaimKeys(set.Claims.Select(ClaimKeys.KeyOf).ToEquatableArray()))
            .WithTrackingName(TrackingNames.IncludedClaims);

        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        context.RegisterSourceOutput(bound, static (context, file) => Report(context, file.Diagnostics));

        IncrementalValuesProvider<FileTable> tables = bound
            .Combine(included)
            .Combine(options)
            .Select(static (input, _) =>
            {
                ((BoundFile file, ClaimKeys keys), GeneratorOptions generatorOptions) = input;
                // A key names a claim by file and id. When one file gives an id twice (FC0006) both claims have that key,
                // but the set kept only the first: emit only the first, or the class would declare the claim twice.
                BoundClaim[] claims = file.Claims
                    .Where(keys.Includes)
                    .GroupBy(claim => claim.Id, StringComparer.Ordinal)
                    .Select(group => group.First())
                    .ToArray();
                return claims.Length > 0 ? EmitFileTable(claims, generatorOptions) : null;
            })
            .Where(static table => table is not null)
            .Select(static (table, _) => table!)
            .WithTrackingName(TrackingNames.FileTables);

        // A pipeline per group, each gathering its own files' tables: an edit changes one group's input and no other's.
        // (One gathering of every table split into groups made each group's recorded steps hold every table: a test's
        // tracked run at 1,000 files never ended.)
        for (int index = 0; index < HintNames.GroupCount; index++)
        {
            int group = index;
            IncrementalValueProvider<TableGroup> tableGroup = tables
                .Where(table => table.Group == group)
                .Collect()
                .Select((groupTables, _) => TableGroup.Of(group, groupTables))
                .WithTrackingName(TrackingNames.TableGroups);
            context.RegisterSourceOutput(tableGroup.Combine(options), static (context, input) =>
            {
                if (input.Left.Tables.Count > 0)
                {
                    context.AddSource(HintNames.ForGroup(input.Left.Index), EmitTableGroup(input.Left, input.Right));
                }
            });
        }

        // The index and the sources each depend on the part of the set they print, so an edit that changes neither
        // (a reworded note) neither emits them again nor makes the compiler parse their text again.
        IncrementalValueProvider<EquatableArray<IncludedClaim>> claimIndex = set
            .Select(static (set, _) => set.Claims)
            .WithTrackingName(TrackingNames.ClaimIndex);

        IncrementalValueProvider<EquatableArray<ResolvedSource>> resolvedSources = set
            .Select(static (set, _) => set.Sources)
            .WithTrackingName(TrackingNames.ResolvedSources);

        // Placing the set's problems needs the files' positions, so this step runs on every edit; with no problem it does nothing.
        context.RegisterSourceOutput(set.Combine(bound.Collect()).Combine(sources), static (context, input) =>
            Report(context, CheckSetBinder.Diagnostics(input.Left.Left, input.Right, input.Left.Right)));

        // Sized per file first, so an edit compares a list of lengths, not every text.
        IncrementalValueProvider<EquatableArray<CheckDiagnostic>> embeddedTooMuch = bound
            .Select(static (file, _) => InputSize.Of(file))
            .Collect()
            .Combine(sources.Select(static (catalog, _) => InputSize.Of(catalog)))
            .Select(static (pair, _) => InputSize.Check(pair.Left.Concat(pair.Right)))
            .WithTrackingName(TrackingNames.InputSizes);
        context.RegisterSourceOutput(embeddedTooMuch, static (context, diagnostics) => Report(context, diagnostics));

        // The build's date is read apart from the options that shape the code: when the day changes, only this check runs
        // again, over each file's corrections, and nothing is parsed, bound or emitted again.
        IncrementalValueProvider<CalendarDate?> buildDate = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadBuildDate(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.BuildDate);
        IncrementalValuesProvider<EquatableArray<CheckDiagnostic>> correctionsInFuture = unjudged
            .Select(static (file, _) => (file.Path, file.Corrections))
            .Combine(buildDate)
            .Select(static (pair, _) => CorrectionDates.Check(pair.Left.Path, pair.Left.Corrections, pair.Right))
            .WithTrackingName(TrackingNames.CorrectionDates);
        context.RegisterSourceOutput(correctionsInFuture, static (context, diagnostics) => Report(context, diagnostics));

        IncrementalValueProvider<bool> scaleDeclared = scale
            .Select(static (scale, _) => scale.IsDeclared)
            .WithTrackingName(TrackingNames.ScaleDeclared);

        context.RegisterSourceOutput(claimIndex.Combine(scaleDeclared).Combine(options), static (context, input) =>
            context.AddSource("Claims.g.cs", EmitClaimsIndex(input.Left.Left, input.Left.Right, input.Right)));

        context.RegisterSourceOutput(resolvedSources.Combine(options), static (context, input) =>
            context.AddSource("Sources.g.cs", EmitSources(input.Left, input.Right)));

        context.RegisterSourceOutput(scale.Combine(options), static (context, input) =>
        {
            if (input.Left.IsDeclared)
            {
                context.AddSource("Verdicts.g.cs", EmitVerdicts(input.Left, input.Right));
            }
        });
    }

    private static AdditionalInput? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        bool isCheck;
        if (options.TryGetValue(KindMetadata, out string? kind) && !string.IsNullOrEmpty(kind))
        {
            isCheck = string.Equals(kind, "check", StringComparison.OrdinalIgnoreCase);
        }
        else if (file.Path.EndsWith(".check", StringComparison.OrdinalIgnoreCase))
        {
            isCheck = true;
        }
        else
        {
            return null;
        }

        // The compiler gives no text for a file it judges binary (and reports CS2015 itself); FactCheck says why too.
        SourceText? text = file.GetText(cancellationToken);
        TextFile read = text is null ? TextDecoder.NotText(file.Path) : TextDecoder.FromCompilerText(file.Path, text.ToString(), text.Encoding);
        return new AdditionalInput(isCheck, read);
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.FactCheckNamespace", out string? factCheckNamespace);
        options.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
        options.TryGetValue("build_property.ProjectDir", out string? projectDirectory);
        options.TryGetValue("build_property.FactCheckPathRoot", out string? pathRoot);
        string chosen = string.IsNullOrWhiteSpace(factCheckNamespace) ? rootNamespace ?? string.Empty : factCheckNamespace!;
        string root = string.IsNullOrWhiteSpace(pathRoot) ? projectDirectory ?? string.Empty : pathRoot!;
        return new GeneratorOptions(Namespaces.Sanitize(chosen), WithTrailingSeparator(root));
    }

    // FactCheckToday is written by FactCheck.targets (SOURCE_DATE_EPOCH's date, else the clock's, in UTC); a project may
    // set it, and an empty or malformed value checks no correction's date rather than failing the build.
    private static CalendarDate? ReadBuildDate(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.FactCheckToday", out string? today) && today is not null ? CalendarDateParser.TryParse(today.Trim()) : null;

    private static string WithTrailingSeparator(string folder) =>
        folder.Length == 0 || folder.EndsWith("/", StringComparison.Ordinal) || folder.EndsWith("\\", StringComparison.Ordinal) ? folder : folder + "/";

    private static void Report(SourceProductionContext context, EquatableArray<CheckDiagnostic> diagnostics)
    {
        foreach (CheckDiagnostic diagnostic in diagnostics)
        {
            context.ReportDiagnostic(Diagnostic.Create(DescriptorsById[diagnostic.Id], ToLocation(diagnostic), diagnostic.Message));
        }
    }

    private static Location ToLocation(CheckDiagnostic diagnostic)
    {
        var start = new LinePosition(diagnostic.Range.Start.Line - 1, diagnostic.Range.Start.Column - 1);
        var end = new LinePosition(diagnostic.Range.End.Line - 1, diagnostic.Range.End.Column - 1);
        return Location.Create(diagnostic.FilePath, new TextSpan(diagnostic.Range.Start.Offset, diagnostic.Range.Length), new LinePositionSpan(start, end));
    }
}
