namespace FactCheck.Generator;

/// <summary>The names of the generator's pipeline steps, so tests can find each one and check it was cached.</summary>
public static class TrackingNames
{
    /// <summary>Each additional file classified as a <c>.check</c> file or a source document.</summary>
    public const string InputFiles = nameof(InputFiles);

    /// <summary>Each <c>.check</c> file parsed.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The source documents gathered into a catalogue.</summary>
    public const string SourceCatalog = nameof(SourceCatalog);

    /// <summary>Each parsed file bound against the catalogue.</summary>
    public const string Bind = nameof(Bind);

    /// <summary>Each bound file's scale declarations.</summary>
    public const string ScaleDeclarations = nameof(ScaleDeclarations);

    /// <summary>The project's scale chosen from every file's declarations, with the diagnostics of any other.</summary>
    public const string ChooseScale = nameof(ChooseScale);

    /// <summary>The project's scale alone, without positions.</summary>
    public const string Scale = nameof(Scale);

    /// <summary>Whether the project declares its scale, which is all the index reads of it.</summary>
    public const string ScaleDeclared = nameof(ScaleDeclared);

    /// <summary>Each bound file with the claims whose verdict the scale lacks left out.</summary>
    public const string Judge = nameof(Judge);

    /// <summary>Each bound file's verdicts checked against the scale (FC0005, FC0010).</summary>
    public const string VerdictDiagnostics = nameof(VerdictDiagnostics);

    /// <summary>Each file's compiled claims, as the C# that declares them.</summary>
    public const string FileTables = nameof(FileTables);

    /// <summary>The file tables split into the few generated files that hold them.</summary>
    public const string TableGroups = nameof(TableGroups);

    /// <summary>Each bound file's outline: what binding the set reads of it.</summary>
    public const string Outline = nameof(Outline);

    /// <summary>All bound files bound together, from their outlines.</summary>
    public const string BindSet = nameof(BindSet);

    /// <summary>The keys of the claims that passed every check.</summary>
    public const string IncludedClaims = nameof(IncludedClaims);

    /// <summary>The included claims' files and ids, which <c>Claims.g.cs</c> indexes.</summary>
    public const string ClaimIndex = nameof(ClaimIndex);

    /// <summary>The source documents, which <c>Sources.g.cs</c> holds.</summary>
    public const string ResolvedSources = nameof(ResolvedSources);

    /// <summary>The characters the inputs put into the generated code, checked against the compiler's limit.</summary>
    public const string InputSizes = nameof(InputSizes);

    /// <summary>The build's date in UTC (<c>FactCheckToday</c>), which corrections may not be later than.</summary>
    public const string BuildDate = nameof(BuildDate);

    /// <summary>Each file's corrections checked against the build's date.</summary>
    public const string CorrectionDates = nameof(CorrectionDates);

    /// <summary>The build properties the generator reads.</summary>
    public const string Options = nameof(Options);
}
