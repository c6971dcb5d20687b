using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactCheck.Testing;
using Xunit;

namespace FactCheck.Reports.Tests;

/// <summary>
/// Seeded random hostile strings (every Unicode category, quotes, backslashes, tags, braces, line breaks of every kind)
/// in every text of a claim: the page shows each as text in its element and the JSON-LD gives each back exactly.
/// </summary>
public sealed class RandomTextTests
{
    private const int ClaimsPerPage = 200;

    public static TheoryData<int> Batches => new(Enumerable.Range(0, System.Math.Max(1, FuzzSettings.Cases(20_000) / 4_000)));

    [Theory]
    [MemberData(nameof(Batches))]
    public void Random_text_is_shown_as_text_in_its_element(int batch)
    {
        RandomText random = RandomText.Create(batch, ClaimsPerPage);

        IHtmlDocument page = Pages.ParseStrictly(Pages.Render(random.Claims, [random.Source]));

        Assert.Equal(["application/ld+json", null], page.Scripts.Select(script => script.GetAttribute("type")));
        Assert.DoesNotContain(page.All.SelectMany(element => element.Attributes), attribute => attribute.Name.StartsWith("on", System.StringComparison.OrdinalIgnoreCase));
        for (int i = 0; i < ClaimsPerPage; i++)
        {
            string expected = RandomText.AsHtmlReadsIt(random.Payloads[i]);
            IElement card = page.GetElementById("claim-c" + i)!;
            string because = $"claim {i} of batch {batch}, seed {FuzzSettings.Seed}";
            Assert.True(card is not null, because);
            Assert.True(expected == card.QuerySelector("h3")?.TextContent, because + " (heading)");
            Assert.True(expected == card.QuerySelector(".quoted mark")?.TextContent, because + " (quoted passage)");
            Assert.True("Note: " + expected == card.QuerySelector(".note")?.TextContent, because + " (note)");
            Assert.True(expected == card.QuerySelector(".evidence mark")?.TextContent, because + " (evidence)");
        }

        Assert.Equal(RandomText.AsHtmlReadsIt(random.Payloads[0]), page.QuerySelector("#source-evil h3")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Random_text_comes_back_exactly_from_the_json_ld(int batch)
    {
        RandomText random = RandomText.Create(batch, ClaimsPerPage);

        using JsonDocument json = Pages.StructuredData(Pages.Parse(Pages.Render(random.Claims, [random.Source])));

        JsonElement[] reviews = [.. json.RootElement.GetProperty("@graph").EnumerateArray()];
        Assert.Equal(ClaimsPerPage, reviews.Length);
        for (int i = 0; i < ClaimsPerPage; i++)
        {
            JsonElement review = reviews.Single(review => review.GetProperty("url").GetString() == "#claim-c" + i);
            Assert.True(random.Payloads[i] == review.GetProperty("claimReviewed").GetString(), $"claim {i} of batch {batch}, seed {FuzzSettings.Seed}");
            Assert.Equal(random.Payloads[i], review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        }
    }
}
