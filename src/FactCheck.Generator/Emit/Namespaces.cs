using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCheck.Generator.Emit;

/// <summary>Makes a namespace name that compiles from whatever the build property holds.</summary>
internal static class Namespaces
{
    public const string Default = "FactCheck.Generated";

    public static string Sanitize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Default;
        }

        string[] parts = name!.Split('.')
            .Select(part => new string(part.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray()))
            .Where(part => part.Length > 0)
            .Select(part => char.IsDigit(part[0]) ? "_" + part : part)
            .Select(part => SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None ? "@" + part : part)
            .ToArray();
        return parts.Length == 0 ? Default : string.Join(".", parts);
    }
}
