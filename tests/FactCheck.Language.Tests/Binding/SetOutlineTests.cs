using System.Linq;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>Binding the set from the files' outlines, as the generator does, decides and reports what binding the files does.</summary>
public sealed class SetOutlineTests
{
    private static readonly TextFile[] s_files =
    [
        new("a.check", $"{Checks.IsisClaim}\n  id: twice\n  supports: nowhere\ndocument: 000 title: 'First'\n"),
        new("b.check", "claim: 'Some 5,200 US soldiers are deployed' source: 000 status: true\n  id: twice\n"
            + "claim: 'ISIS has been defeated' source: 000 status: true id: to-string\n"
            + "claim: 'ISIS has been defeated' source: 000 status: true id: isis.defeated\n"
            + "claim: 'ISIS has been defeated' source: 000 status: true id: isis-defeated\n"
            + "document: 000 title: 'Second'\n"),
    ];

    private static readonly TextFile[] s_sources = [.. Repository.SeedFiles, new TextFile("sources/a-b_1.txt", "one"), new TextFile("sources/a.b_2.txt", "two")];

    [Fact]
    public void Every_set_problem_is_found_from_the_outlines_and_placed_as_binding_the_files_reports_it()
    {
        SourceCatalog sources = SourceCatalog.Create(s_sources);
        BoundFile[] files = s_files.Select(file => FileBinder.Bind(CheckParser.Parse(file.Path, file.Text), sources)).ToArray();

        CheckSet set = CheckSetBinder.Bind(sources, files);
        CheckSetOutline outline = CheckSetBinder.BindOutlines(sources, files.Select(FileOutline.Of).Reverse());
        EquatableArray<CheckDiagnostic> placed = CheckSetBinder.Diagnostics(outline, sources, files.Reverse());

        Assert.Equal(
            [DiagnosticIds.UnknownLinkedClaim, DiagnosticIds.DuplicateClaimId, DiagnosticIds.NameCollision, DiagnosticIds.NameCollision, DiagnosticIds.DuplicateSource, DiagnosticIds.NameCollision],
            set.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal(set.Diagnostics, placed);
        Assert.True(outline.HasDiagnostics);
        Assert.Equal(set.Claims.Select(resolved => (resolved.Claim.FilePath, resolved.Claim.Id, resolved.MemberName)), outline.Claims.Select(claim => (claim.FilePath, claim.Id, claim.MemberName)));
        Assert.Equal(set.Sources, outline.Sources);
    }

    [Fact]
    public void A_set_without_problems_has_no_diagnostics_to_place()
    {
        SourceCatalog sources = SourceCatalog.Create(Repository.SeedFiles);
        BoundFile file = FileBinder.Bind(Checks.Parse(Checks.IsisClaim), sources);

        CheckSetOutline outline = CheckSetBinder.BindOutlines(sources, [FileOutline.Of(file)]);

        Assert.False(outline.HasDiagnostics);
        Assert.Empty(CheckSetBinder.Diagnostics(outline, sources, [file]));
        Assert.Equal(["IsisHasBeenDefeated"], outline.Claims.Select(claim => claim.MemberName));
    }
}
