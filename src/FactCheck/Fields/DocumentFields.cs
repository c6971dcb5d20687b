using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>The fields of a <c>document:</c> entry, which describe a source where its byline does not. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DocumentFields
{
    /// <summary><c>title:</c>, the document's title.</summary>
    public static readonly FieldSpec Title = FieldSpec.Bound("title", FieldShape.Text, "title", "The document's title, in place of its first line.");

    /// <summary><c>author:</c>, the document's author.</summary>
    public static readonly FieldSpec Author = FieldSpec.Bound("author", FieldShape.Party, "author", "Who wrote the document, a person or an organization, in place of its byline.");

    /// <summary><c>url:</c>, where the document was published.</summary>
    public static readonly FieldSpec Url = FieldSpec.Bound("url", FieldShape.Url, "url", "Where the document was published.");

    /// <summary><c>published:</c>, the day it was published.</summary>
    public static readonly FieldSpec Published = FieldSpec.Bound("published", FieldShape.Date, "published", "The day the document was published, in place of its dateline.");

    /// <summary>Gets every field, in the order the language documents them.</summary>
    public static IReadOnlyList<FieldSpec> All { get; } = FieldSpec.Table(Title, Author, Url, Published);
}
