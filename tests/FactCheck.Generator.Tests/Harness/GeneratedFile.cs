namespace FactCheck.Generator.Tests.Harness;

/// <summary>One file the generator added.</summary>
/// <param name="HintName">The hint name, such as <c>Claims.g.cs</c>.</param>
/// <param name="Text">The generated C#.</param>
public sealed record GeneratedFile(string HintName, string Text);
