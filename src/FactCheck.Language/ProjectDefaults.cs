namespace FactCheck.Language;

/// <summary>
/// The defaults a project gets when it sets nothing: the build's <c>FactCheck.props</c> and the command line use the same
/// values, and messages quote them from here.
/// </summary>
public static class ProjectDefaults
{
    /// <summary>The folder of source documents when <c>FactCheckSources</c> (the build) or <c>--sources</c> (the command line) is not given.</summary>
    public const string SourcesFolder = "seeds";
}
