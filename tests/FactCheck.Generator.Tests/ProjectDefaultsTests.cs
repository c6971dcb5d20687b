using System.IO;
using System.Linq;
using System.Xml.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;

namespace FactCheck.Generator.Tests;

/// <summary>The build's props file writes the defaults MSBuild needs as text; they must be FactCheck.Language's.</summary>
public sealed class ProjectDefaultsTests
{
    [Fact]
    public void The_props_file_defaults_the_sources_folder_to_the_language_constant()
    {
        string path = Path.Combine(RepositoryPaths.Root, "src", "FactCheck.Generator", "build", "FactCheck.props");
        XElement sources = XDocument.Load(path).Descendants("FactCheckSources").Single();

        Assert.Equal(ProjectDefaults.SourcesFolder, sources.Value);
    }
}
