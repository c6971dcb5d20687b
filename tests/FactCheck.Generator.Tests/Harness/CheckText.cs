using FactCheck.Testing;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Writes <c>.check</c> text.</summary>
public static class CheckText
{
    /// <summary>A claim entry with just the required fields and an id.</summary>
    public static string Claim(string id, string text, string source = "004", string status = "true") =>
        $"claim: {HostileStrings.Quoted(text)} source: {source} status: {status}\n  id: {id}\n\n";
}
