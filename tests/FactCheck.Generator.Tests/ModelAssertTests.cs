using System.Linq;
using FactCheck.Generator.Tests.Harness;
using FactCheck.Language;

namespace FactCheck.Generator.Tests;

/// <summary>The model comparison the generator tests rely on finds what differs, in fields it was never told of.</summary>
public sealed class ModelAssertTests
{
    [Fact]
    public void Every_public_property_of_the_model_types_is_compared()
    {
        string[] compared = [.. ModelAssert.ComparedProperties(typeof(Claim)).Select(property => property.Name)];

        Assert.Equal(typeof(Claim).GetProperties().Length, compared.Length);
        Assert.Contains(nameof(Claim.Supports), compared);
        Assert.Contains(nameof(PassageEvidence.Passage), ModelAssert.ComparedProperties(typeof(PassageEvidence)).Select(property => property.Name));
    }

    [Fact]
    public void A_claim_recorded_at_another_path_differs()
    {
        CheckCompilation compilation = RepresentativeInput.CreateHarness().CompileWithLanguage();
        CheckModel model = compilation.ToModel(GeneratorHarness.DisplayPath);
        CheckModel again = compilation.ToModel(GeneratorHarness.DisplayPath);
        CheckModel moved = compilation.ToModel(path => "moved/" + GeneratorHarness.DisplayPath(path));

        ModelAssert.Equal(model, again.Sources, again.Claims);
        Xunit.Sdk.XunitException error = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ModelAssert.Equal(model, moved.Sources, moved.Claims));
        Assert.Contains(".Location.FilePath differs", error.Message, System.StringComparison.Ordinal);
    }
}
