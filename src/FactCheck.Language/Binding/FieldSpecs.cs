using System.Collections.Generic;
using System.Linq;

namespace FactCheck.Language.Binding;

/// <summary>The fields of claims and documents: the one table the binder and its hints read.</summary>
internal static class FieldSpecs
{
    public const string Source = "source";
    public const string Status = "status";
    public const string Id = "id";
    public const string By = "by";
    public const string Quote = "quote";
    public const string Note = "note";
    public const string Said = "said";
    public const string Reviewed = "reviewed";
    public const string Reviewer = "reviewer";
    public const string Tags = "tags";
    public const string Evidence = "evidence";
    public const string Supports = "supports";
    public const string Contradicts = "contradicts";
    public const string Title = "title";
    public const string Author = "author";
    public const string Url = "url";
    public const string Published = "published";

    public static readonly IReadOnlyList<FieldSpec> Claim =
    [
        new(Source, false, ValueShape.Word),
        new(Status, false, ValueShape.Word),
        new(Id, false, ValueShape.Word),
        new(By, false, ValueShape.Text),
        new(Quote, false, ValueShape.Text),
        new(Note, false, ValueShape.Text),
        new(Said, false, ValueShape.Date),
        new(Reviewed, false, ValueShape.Date),
        new(Reviewer, false, ValueShape.Text),
        new(Tags, false, ValueShape.WordList),
        new(Evidence, true, ValueShape.Evidence),
        new(Supports, true, ValueShape.WordList),
        new(Contradicts, true, ValueShape.WordList),
    ];

    public static readonly IReadOnlyList<FieldSpec> Document =
    [
        new(Title, false, ValueShape.Text),
        new(Author, false, ValueShape.Text),
        new(Url, false, ValueShape.Url),
        new(Published, false, ValueShape.Date),
    ];

    /// <summary>Gets the place of the field named <paramref name="name"/> in the table, or -1.</summary>
    public static int IndexOf(IReadOnlyList<FieldSpec> specs, string name)
    {
        for (int i = 0; i < specs.Count; i++)
        {
            if (specs[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public static IEnumerable<string> Names(IReadOnlyList<FieldSpec> specs) => specs.Select(spec => spec.Name);
}
