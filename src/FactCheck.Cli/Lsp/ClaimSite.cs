using System.Linq;
using FactCheck.Fields;
using FactCheck.Language.Naming;
using FactCheck.Language.Syntax;
using FactCheck.Language.Text;

namespace FactCheck.Cli.Lsp;

/// <summary>A claim as written, whether or not it compiled: where it stands and its id, written or made from its text.</summary>
/// <param name="FilePath">Its <c>.check</c> file.</param>
/// <param name="Entry">Its syntax.</param>
/// <param name="Id">Its id.</param>
/// <param name="IdToken">Its <c>id:</c> value, when written.</param>
internal sealed record ClaimSite(string FilePath, ClaimEntrySyntax Entry, string Id, ValueToken? IdToken)
{
    /// <summary>Gets where the id stands: its <c>id:</c> value, else the claim's text it is made from.</summary>
    public TextRange IdRange => IdToken?.Range ?? Entry.Head.Range;

    /// <summary>Reads a claim entry.</summary>
    /// <param name="filePath">Its file.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The site.</returns>
    public static ClaimSite Of(string filePath, ClaimEntrySyntax entry)
    {
        ValueToken? idToken = entry.Fields.FirstOrDefault(field => field.Name == ClaimFields.Id.Name && field.Values.Count > 0)?.Values[0];
        return new ClaimSite(filePath, entry, idToken?.Text ?? Identifiers.Slug(entry.Head.Text), idToken);
    }

    /// <summary>Gets the first value of a field of the claim.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public ValueToken? First(string name) => Entry.Fields.FirstOrDefault(field => field.Name == name && field.Values.Count > 0)?.Values[0];
}
