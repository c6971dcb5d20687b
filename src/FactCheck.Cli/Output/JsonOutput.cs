using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Cli.Output;

/// <summary>How every JSON result is written: indented, with a final line break, non-ASCII text and quotes left readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes a JSON document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its text.</returns>
    public static string Serialize(JsonNode document) => document.ToJsonString(s_options) + "\n";

    /// <summary>Writes a date as JSON-LD and the plain model give it: <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">A day, or <see langword="null"/>.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static JsonNode? Date(System.DateTime? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
