using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Compiled;
using FactCheck.Language.Binding;
using FactCheck.Language.Scales;

namespace FactCheck.Language;

/// <summary>Turns a bound <see cref="CheckSet"/> into the runtime model through the compiled form the generated code embeds.</summary>
internal static class RuntimeModelBuilder
{
    /// <summary>Builds the runtime objects: the records are written in compiled form and read back, as generated code reads them.</summary>
    /// <param name="set">The bound set.</param>
    /// <param name="scale">The scale the claims are judged on.</param>
    /// <param name="displayPath">Turns a <c>.check</c> file's path into the path a claim records.</param>
    /// <returns>The source documents and claims.</returns>
    public static CheckModel Build(CheckSet set, ProjectScale scale, Func<string, string> displayPath)
    {
        // The set lists claims file by file, as the generated code's files hold them.
        var files = new List<IReadOnlyList<ClaimRecord>>();
        List<ClaimRecord>? current = null;
        string? currentPath = null;
        string currentDisplayPath = string.Empty;
        foreach (ResolvedClaim resolved in set.Claims)
        {
            BoundClaim claim = resolved.Claim;
            if (current is null || !string.Equals(claim.FilePath, currentPath, StringComparison.Ordinal))
            {
                current = [];
                files.Add(current);
                currentPath = claim.FilePath;
                currentDisplayPath = displayPath(claim.FilePath);
            }

            current.Add(CompiledRecords.Of(claim, currentDisplayPath));
        }

        ClaimSet claims = CompiledModel.Build(set.Sources.Select(CompiledRecords.Of), files, scale.ToRuntime(), out SourceSet sources);
        return new CheckModel(sources, claims);
    }
}
