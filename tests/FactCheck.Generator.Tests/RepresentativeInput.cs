using FactCheck.Generator.Tests.Harness;

namespace FactCheck.Generator.Tests;

/// <summary>
/// Three <c>.check</c> files against the repository's real seeds that between them use every field: both kinds of
/// evidence, a paraphrase with <c>quote:</c>, tags, links both ways, a default id and an id that starts with a digit.
/// </summary>
public static class RepresentativeInput
{
    public const string Documents = """
        # Every document field.
        document: 000
          author: 'Duns Scotus'

        document: 004
          title: 'Months After Soleimani\'s Assassination, Another Strike on Militias in Iraq'
          author: 'Matthew Petti'
          url: 'https://example.org/news/months-after-soleimani'
          published: 2020-03-17

        """;

    public const string Strikes = """
        # Every claim field, both kinds of evidence, a paraphrase.
        claim: 'Trump threatened to bomb Iran if it retaliated' source: 000 status: mostly-true
          id: trump-bombing-threat
          by: 'Duns Scotus'
          quote: 'Trump blusters about mass bombing Iran in retaliation for any retaliation'
          evidence: 'https://en.wikipedia.org/wiki/Assassination_of_Qasem_Soleimani'
          evidence: 004 'Iran responded by firing ballistic missiles at a U.S. airbase in Iraq'
          note: 'A paraphrase: the words are in quote:.
            The note spans two lines and has "double quotes".'
          said: 2020-01-05
          reviewed: 2026-11-21
          reviewer: 'M. Lindqvist'
          tags: trump, iran, retaliation
          supports: 25-killed
          contradicts: deterrence-restored
          correction: 2026-11-22 'The note quoted the wrong words; it now quotes the article.'
          correction: 2026-11-23 "The verdict was true; the quote shows a paraphrase, so it is mostly-true."

        claim: 'U.S. forces retaliated with a round of strikes that killed 25 members of the militia' source: 004 status: true
          id: 25-killed
          by: 'Matthew Petti'

        """;

    public const string Deterrence = """
        claim: 'promised to "restore deterrence" against Iran' source: 004 status: contested
          id: deterrence-restored
          by: organization 'Trump administration'
          evidence: 004 'Katyusha rockets slammed into Camp Taji again in broad daylight'
          tags: deterrence

        claim: 'Some 5,200 US soldiers are deployed across Iraqi bases' source: 000 status: true

        """;

    /// <summary>A harness holding the three files and the real seeds.</summary>
    public static GeneratorHarness CreateHarness() => new GeneratorHarness()
        .AddCheck("checks/documents.check", Documents)
        .AddCheck("checks/strikes.check", Strikes)
        .AddCheck("checks/deterrence.check", Deterrence)
        .AddRepositorySeeds();
}
