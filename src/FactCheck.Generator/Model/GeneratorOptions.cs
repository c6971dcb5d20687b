namespace FactCheck.Generator.Model;

/// <summary>What the build tells the generator.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="ProjectDirectory">The project's folder, with a trailing separator, or empty; claims record their file relative to it.</param>
internal sealed record GeneratorOptions(string Namespace, string ProjectDirectory);
