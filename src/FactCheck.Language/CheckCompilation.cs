using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Scales;
using FactCheck.Language.Sources;
using FactCheck.Language.Syntax;

namespace FactCheck.Language;

/// <summary>
/// The whole front end in one call: parse every <c>.check</c> file, bind each against the sources, bind the set, and
/// hold the text the compiled form embeds under its limit.
/// The command line uses this; the source generator runs the same stages as separate incremental steps.
/// </summary>
public sealed class CheckCompilation
{
    private readonly TextFile[] _sourceFiles;
    private readonly Dictionary<TextFile, CompiledFile> _checkFiles;

    private CheckCompilation(TextFile[] sourceFiles, SourceCatalog sources, Dictionary<TextFile, CompiledFile> checkFiles, CheckFileSyntax[] syntax, BoundFile[] files, CheckSet set, ProjectScale scale, EquatableArray<CheckDiagnostic> diagnostics)
    {
        Scale = scale;
        _sourceFiles = sourceFiles;
        _checkFiles = checkFiles;
        Sources = sources;
        Syntax = syntax;
        Files = files;
        Set = set;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the source documents read, for the editor's completion, hover and navigation.</summary>
    internal SourceCatalog Sources { get; }

    /// <summary>Gets the syntax tree of every <c>.check</c> file, in the order given, for the editor.</summary>
    internal IReadOnlyList<CheckFileSyntax> Syntax { get; }

    /// <summary>Gets the scale the claims are judged on: the one a file declares, or the default.</summary>
    internal ProjectScale Scale { get; }

    /// <summary>Gets every <c>.check</c> file as bound against the sources and judged on the scale, in the order given.</summary>
    internal IReadOnlyList<BoundFile> Files { get; }

    /// <summary>Gets the claims and sources that compile.</summary>
    internal CheckSet Set { get; }

    /// <summary>Gets every diagnostic, ordered by file and position.</summary>
    public IReadOnlyList<CheckDiagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>Compiles a set of <c>.check</c> files against a set of source documents, with no date to hold corrections to.</summary>
    /// <param name="checkFiles">The <c>.check</c> files.</param>
    /// <param name="sourceFiles">The files of the sources folder.</param>
    /// <returns>The result.</returns>
    public static CheckCompilation Compile(IEnumerable<TextFile> checkFiles, IEnumerable<TextFile> sourceFiles) =>
        Compile(checkFiles, sourceFiles, previous: null, utcDate: null);

    /// <summary>Compiles a set of <c>.check</c> files against a set of source documents, as of a day.</summary>
    /// <param name="checkFiles">The <c>.check</c> files.</param>
    /// <param name="sourceFiles">The files of the sources folder.</param>
    /// <param name="utcDate">
    /// The date in UTC of the build or the report: a correction dated after <see cref="Correction.LatestDate"/> of it is in
    /// the future (FC0031). <see langword="null"/> checks no correction against a date.
    /// </param>
    /// <returns>The result.</returns>
    public static CheckCompilation Compile(IEnumerable<TextFile> checkFiles, IEnumerable<TextFile> sourceFiles, CalendarDate? utcDate) =>
        Compile(checkFiles, sourceFiles, previous: null, utcDate);

    /// <summary>
    /// Compiles again after an edit, taking from the previous compilation what the edit cannot have changed: the source
    /// catalogue and its quote indexes when no source file changed, and then the parse, binding, size and outline of
    /// every <c>.check</c> file whose text is the same, since a file binds against the sources alone, and its judged verdicts
    /// when the scale is the same too. The set is bound anew, from the outlines.
    /// </summary>
    /// <param name="checkFiles">The <c>.check</c> files.</param>
    /// <param name="sourceFiles">The files of the sources folder.</param>
    /// <param name="previous">The compilation before the edit, or <see langword="null"/>.</param>
    /// <param name="utcDate">The date in UTC that corrections may not be after, as <see cref="Compile(IEnumerable{TextFile}, IEnumerable{TextFile}, CalendarDate?)"/> takes it.</param>
    /// <returns>The result, equal to a compilation from scratch.</returns>
    internal static CheckCompilation Compile(IEnumerable<TextFile> checkFiles, IEnumerable<TextFile> sourceFiles, CheckCompilation? previous, CalendarDate? utcDate = null)
    {
        TextFile[] sourceArray = sourceFiles.ToArray();
        bool sameSources = previous is not null && previous._sourceFiles.SequenceEqual(sourceArray);
        SourceCatalog sources = sameSources ? previous!.Sources : SourceCatalog.Create(sourceArray);
        var bound = new List<(TextFile File, ParseResult Parsed, BoundFile Bound)>();
        foreach (TextFile file in checkFiles)
        {
            if (sameSources && previous!._checkFiles.TryGetValue(file, out CompiledFile done))
            {
                bound.Add((file, done.Parsed, done.Bound));
            }
            else
            {
                ParseResult result = Parse(file);
                bound.Add((file, result, FileBinder.Bind(result, sources)));
            }
        }

        // The scale comes from every file, so verdicts are judged once all are bound; a file whose text and scale are
        // the same as before keeps its judged claims, size and outline.
        (ProjectScale scale, EquatableArray<CheckDiagnostic> scaleDiagnostics) = ScaleBinder.Choose(bound.Select(file => file.Bound.Scales));
        bool sameScale = previous is not null && previous.Scale == scale;
        var reused = new Dictionary<TextFile, CompiledFile>();
        var files = new List<BoundFile>();
        var sizes = new List<InputSize>();
        var outlines = new List<FileOutline>();
        var verdictDiagnostics = new List<CheckDiagnostic>();
        foreach ((TextFile file, ParseResult parsed, BoundFile boundFile) in bound)
        {
            if (!(sameSources && sameScale && previous!._checkFiles.TryGetValue(file, out CompiledFile done)))
            {
                BoundFile judged = VerdictBinder.Judge(boundFile, scale);
                done = new CompiledFile(parsed, boundFile, judged, VerdictBinder.Diagnostics(boundFile, scale), InputSize.Of(judged), FileOutline.Of(judged));
            }

            reused[file] = done;
            files.Add(done.Judged);
            sizes.Add(done.Size);
            outlines.Add(done.Outline);
            verdictDiagnostics.AddRange(done.VerdictDiagnostics);
        }

        CheckFileSyntax[] syntax = bound.Select(file => file.Parsed.Syntax).ToArray();
        CheckSet set = CheckSetBinder.Bind(sources, files, outlines);
        EquatableArray<CheckDiagnostic> diagnostics = files
            .SelectMany(file => file.Diagnostics)
            .Concat(verdictDiagnostics)
            .Concat(scaleDiagnostics)
            .Concat(set.Diagnostics)
            .Concat(InputSize.Check(sizes.Concat(InputSize.Of(sources))))
            .Concat(files.SelectMany(file => CorrectionDates.Check(file.Path, file.Corrections, utcDate)))
            .OrderBy(diagnostic => diagnostic.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Range.Start.Offset)
            .ToEquatableArray();
        return new CheckCompilation(sourceArray, sources, reused, syntax, [.. files], set, scale, diagnostics);
    }

    /// <summary>Parses a <c>.check</c> file as read; a file that could not be decoded has no entries and its FC0018.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The entries and syntax diagnostics.</returns>
    internal static ParseResult Parse(TextFile file) => file.NotDecoded is null
        ? CheckParser.Parse(file.Path, file.Text)
        : new ParseResult(new CheckFileSyntax(file.Path, Array.Empty<EntrySyntax>().ToEquatableArray()), new[] { file.NotDecoded }.ToEquatableArray());

    /// <summary>Builds the runtime objects the generated code would hold for the same files.</summary>
    /// <param name="displayPath">Turns a <c>.check</c> file's path into the path a claim records, such as a path relative to the project.</param>
    /// <returns>The source documents and claims.</returns>
    public CheckModel ToModel(Func<string, string> displayPath) => RuntimeModelBuilder.Build(Set, Scale, displayPath);

    private sealed record CompiledFile(ParseResult Parsed, BoundFile Bound, BoundFile Judged, EquatableArray<CheckDiagnostic> VerdictDiagnostics, InputSize Size, FileOutline Outline);
}
