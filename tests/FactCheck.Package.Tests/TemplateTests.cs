using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Package.Tests;

/// <summary>
/// <c>dotnet new factcheck</c> as a newcomer runs it: the template installed from the packed folder, a project created,
/// then <c>dotnet run</c> with no further step, offline, and the report it wrote read as a browser reads it.
/// </summary>
public sealed class TemplateTests : IClassFixture<TemplateFixture>
{
    private readonly TemplateFixture _packages;

    public TemplateTests(TemplateFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public async Task A_new_project_builds_checks_and_writes_the_report_of_its_sample()
    {
        string project = await _packages.NewProjectAsync("Desk");

        string ran = await _packages.SucceedsAsync(project, "run");

        Assert.Contains("Claims checked: 2. Sources: 1.", ran, StringComparison.Ordinal);
        IDocument report = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(project, "report.html")));
        Assert.Equal("Desk", report.Title);
        IElement sample = report.GetElementById("claim-bridge-reopens-by-summer") ?? throw new Xunit.Sdk.XunitException("The sample claim is not in the report.");
        Assert.Equal("Misleading", sample.QuerySelector(".badge")?.TextContent);
        Assert.Contains("Tomas Reyes", sample.TextContent, StringComparison.Ordinal);
        Assert.Equal("True", report.GetElementById("claim-repairs-take-nine-months")?.QuerySelector(".badge")?.TextContent);
        Assert.Equal(2, report.QuerySelectorAll("article.claim").Length);
    }

    [Fact]
    public async Task The_project_has_the_analysts_files_and_asks_for_the_packages_packed_beside_the_template()
    {
        string project = await _packages.NewProjectAsync("Newsroom");

        string[] files = [.. Directory.GetFiles(project, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(project, file).Replace('\\', '/')).Order(StringComparer.Ordinal)];
        Assert.Equal([".gitignore", "Newsroom.csproj", "Program.cs", "README.md", "checks/.gitkeep", "checks/harbour-bridge.check", "seeds/.gitkeep", "seeds/council_2026-03-02.txt"], files);
        XElement[] references = [.. XDocument.Load(Path.Combine(project, "Newsroom.csproj")).Descendants("PackageReference")];
        Assert.Equal(["FactCheck", "FactCheck.Reports"], references.Select(reference => (string?)reference.Attribute("Include")));
        Assert.All(references, reference => Assert.Equal(_packages.Version, (string?)reference.Attribute("Version")));
        Assert.StartsWith("# Newsroom\n", File.ReadAllText(Path.Combine(project, "README.md")), StringComparison.Ordinal);
        Assert.Contains("report.html", File.ReadAllLines(Path.Combine(project, ".gitignore")));

        // The repository's own build settings must not reach the project: none is above the folder it was created in.
        for (DirectoryInfo? folder = new(project); folder is not null; folder = folder.Parent)
        {
            Assert.False(File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")), folder.FullName);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")), folder.FullName);
        }
    }

    [Fact]
    public async Task The_namespace_option_names_the_generated_classes_namespace_and_out_names_the_report()
    {
        string project = await _packages.NewProjectAsync("Bureau", "--namespace", "Newsroom.Checks");

        string ran = await _packages.SucceedsAsync(project, "run", "--", "--out", "bureau.html");

        Assert.Contains("Claims checked: 2. Sources: 1.", ran, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "bureau.html")));
        Assert.Equal("Newsroom.Checks", XDocument.Load(Path.Combine(project, "Bureau.csproj")).Descendants("RootNamespace").Single().Value);
        Assert.StartsWith("using Newsroom.Checks;\n", File.ReadAllText(Path.Combine(project, "Program.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_samples_the_project_still_builds_and_writes_an_empty_report()
    {
        string project = await _packages.NewProjectAsync("Blank", "--samples", "false");

        string ran = await _packages.SucceedsAsync(project, "run");

        Assert.Equal([".gitkeep"], Directory.GetFiles(Path.Combine(project, "checks")).Select(Path.GetFileName));
        Assert.Equal([".gitkeep"], Directory.GetFiles(Path.Combine(project, "seeds")).Select(Path.GetFileName));
        Assert.Contains("Claims checked: 0. Sources: 0.", ran, StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(project, "report.html"))).QuerySelectorAll("article.claim"));
    }

    [Fact]
    public async Task A_broken_sample_stops_the_build_at_its_line()
    {
        string project = await _packages.NewProjectAsync("Broken");
        string check = Path.Combine(project, "checks", "harbour-bridge.check");
        File.WriteAllText(check, File.ReadAllText(check).Replace("status: misleading", "status: misleadin", StringComparison.Ordinal));

        (int exitCode, string output) = await DotnetProcess.RunAsync(project, _packages.Environment, "build", "-nodeReuse:false");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("harbour-bridge.check(5,11): error FC0005", output, StringComparison.Ordinal);
    }
}
