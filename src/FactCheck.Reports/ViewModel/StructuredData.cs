namespace FactCheck.Reports.ViewModel;

/// <summary>
/// The report's schema.org JSON-LD, already serialised. Only the report's own serialiser creates it, and that serialiser
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>, <c>\u003E</c> and <c>\u0026</c>, so no text in it can
/// close the script element or start a comment there. That is why <c>{{ embed structured_data }}</c> may write it unencoded.
/// </summary>
public sealed class StructuredData
{
    internal StructuredData(string json)
    {
        Json = json;
    }

    /// <summary>Gets the serialised JSON-LD.</summary>
    public string Json { get; }

    /// <inheritdoc/>
    public override string ToString() => Json;
}
