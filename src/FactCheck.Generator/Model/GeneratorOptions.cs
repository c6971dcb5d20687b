namespace FactCheck.Generator.Model;

/// <summary>What the build tells the generator.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="PathRoot">The folder claims record their <c>.check</c> file relative to, with a trailing separator, or empty: <c>FactCheckPathRoot</c>, else the project's folder.</param>
internal sealed record GeneratorOptions(string Namespace, string PathRoot);
