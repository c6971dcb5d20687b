using System;
using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Binding;
using FactCheck.Language.Matching;

namespace FactCheck.Language;

/// <summary>Turns a bound <see cref="CheckSet"/> into the runtime model, exactly as the generated code builds it.</summary>
public static class RuntimeModelBuilder
{
    /// <summary>Builds the runtime objects.</summary>
    /// <param name="set">The bound set.</param>
    /// <param name="displayPath">Turns a <c>.check</c> file's path into the path a claim records.</param>
    /// <returns>The source documents and claims.</returns>
    public static CheckModel Build(CheckSet set, Func<string, string> displayPath)
    {
        var documents = new List<SourceDocument>();
        foreach (ResolvedSource source in set.Sources)
        {
            documents.Add(new SourceDocument(
                source.Id,
                source.FileName,
                source.Text,
                source.Title,
                source.Author,
                source.Url is null ? null : new Uri(source.Url, UriKind.Absolute),
                source.Published?.ToDateTime()));
        }

        Dictionary<string, SourceDocument> sources = documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        var claims = new List<Claim>();
        foreach (ResolvedClaim resolved in set.Claims)
        {
            BoundClaim claim = resolved.Claim;
            claims.Add(new Claim(
                claim.Id,
                claim.Text,
                claim.Verdict,
                sources[claim.SourceId],
                Passage(claim.SourceId, claim.Match),
                new CheckLocation(displayPath(claim.FilePath), claim.KeywordRange.Start.Line, claim.KeywordRange.Start.Column),
                claim.Quote,
                claim.Claimant,
                claim.Evidence.Select(ToEvidence).ToArray(),
                claim.Note,
                claim.Said?.ToDateTime(),
                claim.Reviewed?.ToDateTime(),
                claim.Reviewer,
                claim.Tags.ToArray(),
                claim.Supports.Select(link => link.ClaimId).ToArray(),
                claim.Contradicts.Select(link => link.ClaimId).ToArray()));
        }

        return new CheckModel(documents, claims);
    }

    private static Evidence ToEvidence(BoundEvidence evidence) =>
        evidence.Url is { } url
            ? Evidence.FromLink(new Uri(url, UriKind.Absolute))
            : Evidence.FromPassage(evidence.Quote!, Passage(evidence.SourceId!, evidence.Match!));

    private static SourcePassage Passage(string sourceId, PassageMatch match) =>
        new(sourceId, new TextPosition(match.Offset, match.Line, match.Column), match.Length);
}
