namespace FactCheck.Generator.Tests.Harness;

/// <summary>Sentences of the repository's seed 004, for claims that must be found in their source.</summary>
public static class SeedPassages
{
    public const string Translator = "In December, a rocket killed an American translator in Iraq.";

    public const string Strikes = "U.S. forces retaliated with a round of strikes that killed 25 members of the militia";

    public const string Missiles = "Iran responded by firing ballistic missiles at a U.S. airbase in Iraq";

    public const string Resolution = "the Iraqi parliament passed a nonbinding resolution asking American forces to leave the country";
}
