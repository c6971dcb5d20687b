using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FactCheck.Fields;
using FactCheck.Language;

namespace FactCheck.Cli.Output;

/// <summary>Writes the runtime model as plain JSON in the stable shape documented in the README (<c>version</c> 1).</summary>
internal static class ModelJsonWriter
{
    /// <summary>The version of the shape; it changes only when a field is removed or changes meaning.</summary>
    public const int ShapeVersion = 1;

    /// <summary>Writes the sources (without their text) and the claims.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(CheckModel model)
    {
        var document = new JsonObject
        {
            ["version"] = ShapeVersion,
            ["scale"] = ToJson(model.Claims.Scale),
            ["sources"] = Array(model.Sources.Select(ToJson)),
            ["claims"] = Array(model.Claims.Select(ToJson)),
        };
        return JsonOutput.Serialize(document);
    }

    // The scale once, so each claim's verdict keyword finds its label, meaning and rating there.
    private static JsonObject ToJson(VerdictScale scale) => new()
    {
        ["name"] = scale.Name,
        ["bestRating"] = scale.BestRating,
        ["worstRating"] = scale.WorstRating,
        ["verdicts"] = Array(scale.Select(verdict => new JsonObject
        {
            ["keyword"] = verdict.Keyword,
            ["label"] = verdict.Label,
            ["meaning"] = verdict.Meaning,
            ["rating"] = verdict.Rating,
            ["colour"] = verdict.Colour,
            ["darkColour"] = verdict.DarkColour,
            ["needsEvidence"] = verdict.NeedsEvidence,
        })),
    };

    private static JsonObject ToJson(SourceDocument source) => new()
    {
        ["id"] = source.Id,
        ["fileName"] = source.FileName,
        ["title"] = source.Title,
        ["author"] = source.Author,
        ["authorKind"] = Keyword(source.AuthorKind),
        ["url"] = source.Url?.AbsoluteUri,
        ["published"] = source.Published?.ToString(),
    };

    private static JsonObject ToJson(Claim claim)
    {
        var json = new JsonObject
        {
            ["id"] = claim.Id,
            ["text"] = claim.Text,
            ["verdict"] = claim.Verdict.Keyword,
            ["source"] = claim.Source.Id,
            ["quote"] = claim.Quote,
            ["match"] = ToJson(claim.Passage),
        };
        foreach (FieldSpec field in ClaimFields.Plain)
        {
            switch (field.Shape)
            {
                case FieldShape.Party:
                    // The name under the field's model name keeps the key it had before names had kinds.
                    Party? party = claim.Fields.Party(field);
                    json[field.ModelName] = party?.Name;
                    json[field.ModelName + "Kind"] = Keyword(party?.Kind);
                    break;
                case FieldShape.Date:
                    json[field.ModelName] = claim.Fields.Date(field)?.ToString();
                    break;
                case FieldShape.WordList:
                    json[field.ModelName] = Array(claim.Fields.Words(field));
                    break;
                case FieldShape.Correction:
                    json[field.ModelName] = Array(claim.Fields.Corrections(field).Select(ToJson));
                    break;
                default:
                    json[field.ModelName] = claim.Fields.Text(field);
                    break;
            }
        }

        json["evidence"] = Array(claim.Evidence.Select(ToJson));
        json["supports"] = Array(claim.Supports.Select(link => link.Id));
        json["contradicts"] = Array(claim.Contradicts.Select(link => link.Id));
        json["location"] = new JsonObject
        {
            ["file"] = claim.Location.FilePath,
            ["line"] = claim.Location.Line,
            ["column"] = claim.Location.Column,
        };
        return json;
    }

    private static JsonObject ToJson(Evidence evidence) => evidence switch
    {
        PassageEvidence quoted => new JsonObject
        {
            ["kind"] = "passage",
            ["source"] = quoted.Passage.Document.Id,
            ["quote"] = quoted.Quote,
            ["match"] = ToJson(quoted.Passage),
        },
        LinkEvidence link => new JsonObject
        {
            ["kind"] = "link",
            ["url"] = link.Url.AbsoluteUri,
        },
        _ => throw new System.ArgumentException($"Unknown evidence {evidence.GetType().Name}.", nameof(evidence)),
    };

    private static JsonObject ToJson(Correction correction) => new()
    {
        ["date"] = correction.Date.ToString(),
        ["text"] = correction.Text,
    };

    private static JsonObject ToJson(SourcePassage passage) => new()
    {
        ["line"] = passage.Start.Line,
        ["column"] = passage.Start.Column,
        ["offset"] = passage.Start.Offset,
        ["length"] = passage.Length,
    };

    private static string? Keyword(PartyKind? kind) => kind is { } known ? Party.Keyword(known) : null;

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(item => (JsonNode?)item).ToArray());
}
