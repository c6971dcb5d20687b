using System.Linq;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests;

/// <summary>A compilation after an edit that reuses the previous one equals a compilation from scratch.</summary>
public sealed class IncrementalCompilationTests
{
    private static readonly TextFile s_linked = new("a.check", "claim: 'ISIS has been defeated' source: 000 status: true\n  supports: other\n");
    private static readonly TextFile s_target = new("b.check", "claim: 'Some 5,200 US soldiers are deployed' source: 000 status: true\n  id: other\n");

    [Fact]
    public void An_edit_to_one_file_gives_what_a_compilation_from_scratch_gives_set_wide_diagnostics_included()
    {
        CheckCompilation before = CheckCompilation.Compile([s_linked, s_target], Repository.SeedFiles);
        TextFile edited = s_target with { Text = s_target.Text.Replace("id: other", "id: renamed", System.StringComparison.Ordinal) };

        CheckCompilation after = CheckCompilation.Compile([s_linked, edited], Repository.SeedFiles, before);

        Assert.Equal(CheckCompilation.Compile([s_linked, edited], Repository.SeedFiles).Diagnostics, after.Diagnostics);
        Assert.Equal("FC0009", Assert.Single(after.Diagnostics).Id);
        Assert.Same(before.Files[0], after.Files[0]);
        Assert.NotSame(before.Files[1], after.Files[1]);
    }

    [Fact]
    public void An_edited_source_binds_every_file_again()
    {
        CheckCompilation before = CheckCompilation.Compile([s_linked, s_target], Repository.SeedFiles);
        TextFile[] sources = [.. Repository.SeedFiles.Select(file => file.Path.Contains("000_", System.StringComparison.Ordinal) ? file with { Text = "Nothing." } : file)];

        CheckCompilation after = CheckCompilation.Compile([s_linked, s_target], sources, before);

        Assert.Equal(CheckCompilation.Compile([s_linked, s_target], sources).Diagnostics, after.Diagnostics);
        Assert.Equal(["FC0004", "FC0004"], after.Diagnostics.Select(diagnostic => diagnostic.Id));
    }
}
