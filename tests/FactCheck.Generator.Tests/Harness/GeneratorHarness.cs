using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactCheck.Language;
using FactCheck.Language.Binding;
using FactCheck.Language.Reading;
using FactCheck.Language.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>
/// Runs <see cref="FactCheckGenerator"/> the way the build does: in-memory <c>.check</c> files and source documents as
/// additional files with their <c>FactCheckKind</c>, the build properties the generator reads, and a tiny program
/// that uses <c>Claims.All</c>.
/// </summary>
public sealed class GeneratorHarness
{
    /// <summary>The project folder every in-memory file lives under.</summary>
    public const string ProjectDirectory = "/project/";

    private static readonly Lazy<MetadataReference[]> s_references = new(LoadReferences);

    private readonly List<InMemoryAdditionalText> _texts = [];
    private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);
    private string? _expectedNamespace;

    /// <summary>Gets or sets <c>build_property.RootNamespace</c>.</summary>
    public string RootNamespace { get; set; } = "Checks";

    /// <summary>Gets or sets <c>build_property.ProjectDir</c>, which claims' paths are relative to.</summary>
    public string ProjectDir { get; set; } = ProjectDirectory;

    /// <summary>Gets or sets <c>build_property.FactCheckNamespace</c>; null leaves it unset.</summary>
    public string? FactCheckNamespace { get; set; }

    /// <summary>Gets or sets <c>build_property.FactCheckToday</c>, the build's date that corrections are held to; null leaves it unset.</summary>
    public string? FactCheckToday { get; set; }

    /// <summary>Gets or sets the namespace the generated classes are expected in, as C# writes it; by default the namespace property as given.</summary>
    public string ExpectedNamespace
    {
        get => _expectedNamespace ?? FactCheckNamespace ?? RootNamespace;
        set => _expectedNamespace = value;
    }

    /// <summary>Gets the parse options of the program and the generated code: latest C#, doc comments checked.</summary>
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>Gets the additional files, in the order added.</summary>
    public IReadOnlyList<InMemoryAdditionalText> Texts => _texts;

    /// <summary>Adds a <c>.check</c> file at <paramref name="relativePath"/> under the project.</summary>
    public GeneratorHarness AddCheck(string relativePath, string text) => Add(ProjectDirectory + relativePath, text, "check");

    /// <summary>Adds a source document to the project's <c>seeds/</c> folder.</summary>
    public GeneratorHarness AddSource(string fileName, string text) => Add(ProjectDirectory + "seeds/" + fileName, text, "source");

    /// <summary>Adds a <c>.check</c> file given as bytes, read as the compiler reads a file.</summary>
    public GeneratorHarness AddCheck(string relativePath, byte[] bytes) => AddFile(ProjectDirectory + relativePath, bytes, "check");

    /// <summary>Adds a source document given as bytes, read as the compiler reads a file.</summary>
    public GeneratorHarness AddSource(string fileName, byte[] bytes) => AddFile(ProjectDirectory + "seeds/" + fileName, bytes, "source");

    /// <summary>Adds a file at a full path, given as bytes: <paramref name="kind"/> is <c>check</c> or <c>source</c>.</summary>
    public GeneratorHarness AddFile(string path, byte[] bytes, string kind)
    {
        _texts.Add(new InMemoryAdditionalText(path, bytes));
        _kinds[path] = kind;
        return this;
    }

    /// <summary>Adds the repository's real seeds.</summary>
    public GeneratorHarness AddRepositorySeeds()
    {
        foreach (string path in Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal))
        {
            AddSource(Path.GetFileName(path), File.ReadAllText(path));
        }

        return this;
    }

    /// <summary>Creates a driver over the files added so far, tracking every incremental step.</summary>
    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new FactCheckGenerator().AsSourceGenerator() },
            _texts,
            ParseOptions,
            CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Creates the build's view of the project as the properties now stand, for a driver to run with again.</summary>
    public AnalyzerConfigOptionsProvider CreateOptionsProvider()
    {
        var globalOptions = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace,
            ["build_property.ProjectDir"] = ProjectDir,
        };
        if (FactCheckNamespace is not null)
        {
            globalOptions["build_property.FactCheckNamespace"] = FactCheckNamespace;
        }

        if (FactCheckToday is not null)
        {
            globalOptions["build_property.FactCheckToday"] = FactCheckToday;
        }

        return new TestOptionsProvider(globalOptions, _kinds);
    }

    /// <summary>Creates the compilation the generator runs on: a program that prints how many claims and sources there are.</summary>
    public CSharpCompilation CreateCompilation()
    {
        string program = $"System.Console.WriteLine(global::{ExpectedNamespace}.Claims.All.Count + global::{ExpectedNamespace}.Sources.All.Count);\n";
        return CSharpCompilation.Create(
            "FactCheck.Generated.Tests",
            [CSharpSyntaxTree.ParseText(program, ParseOptions, "Program.cs")],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Runs the generator once.</summary>
    public GeneratorRun Run(CancellationToken cancellationToken)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(
            CreateCompilation(),
            out Compilation output,
            out var diagnostics,
            cancellationToken);
        GeneratorDriverRunResult result = driver.GetRunResult();
        GeneratedFile[] files = result.Results
            .SelectMany(generator => generator.GeneratedSources)
            .Select(source => new GeneratedFile(source.HintName, source.SourceText.ToString()))
            .OrderBy(file => file.HintName, StringComparer.Ordinal)
            .ToArray();
        return new GeneratorRun(result, files, diagnostics, output, output.GetDiagnostics(cancellationToken), ExpectedNamespace);
    }

    /// <summary>Compiles the same files with FactCheck.Language directly, as the command line does.</summary>
    public CheckCompilation CompileWithLanguage() =>
        CheckCompilation.Compile(Files("check"), Files("source"), FactCheckToday is null ? null : CalendarDateParser.TryParse(FactCheckToday));

    /// <summary>The path a claim records for a file: relative to the project, as the build passes <c>ProjectDir</c>.</summary>
    public static string DisplayPath(string path) =>
        path.StartsWith(ProjectDirectory, StringComparison.Ordinal) ? path[ProjectDirectory.Length..] : path;

    private IEnumerable<TextFile> Files(string kind) =>
        _texts.Where(text => _kinds[text.Path] == kind).Select(text => text.Bytes is null ? new TextFile(text.Path, text.GetText()!.ToString()) : TextDecoder.Decode(text.Path, text.Bytes));

    private GeneratorHarness Add(string path, string text, string kind)
    {
        _texts.Add(new InMemoryAdditionalText(path, text));
        _kinds[path] = kind;
        return this;
    }

    private static MetadataReference[] LoadReferences()
    {
        // The running runtime's own assemblies serve as reference assemblies, plus the runtime model the generated code uses.
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(Claim).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
