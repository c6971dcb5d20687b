using System.Collections.Generic;
using System.ComponentModel;

namespace FactCheck.Fields;

/// <summary>A field of the <c>.check</c> language: its keyword, the form of its value, and what it means. For FactCheck's own tools.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FieldSpec
{
    private FieldSpec(string name, FieldShape shape, string summary, string modelName, bool repeatable, bool isPlain)
    {
        Name = name;
        Shape = shape;
        Summary = summary;
        ModelName = modelName;
        Repeatable = repeatable;
        IsPlain = isPlain;
    }

    /// <summary>Gets the keyword written before the colon.</summary>
    public string Name { get; }

    /// <summary>Gets the form of the field's value.</summary>
    public FieldShape Shape { get; }

    /// <summary>Gets what the field says, in one line: for messages, the editor and the README.</summary>
    public string Summary { get; }

    /// <summary>Gets the field's name in the runtime model and the JSON export, in camelCase.</summary>
    public string ModelName { get; }

    /// <summary>Gets whether an entry may give the field more than once.</summary>
    public bool Repeatable { get; }

    /// <summary>
    /// Gets whether the value is kept as read, with no meaning the binder gives it. Reading, checking, the compiled
    /// form, sizing and the JSON export handle such a field from this table alone, through <see cref="FieldValues"/>.
    /// </summary>
    public bool IsPlain { get; }

    /// <summary>Gets the field's place among its table's plain fields, or -1.</summary>
    internal int Slot { get; private set; } = -1;

    /// <summary>A field whose value is kept as read: adding one takes this table's line and the runtime model's property. A repeatable one's value is the list of its occurrences.</summary>
    internal static FieldSpec Plain(string name, FieldShape shape, string modelName, string summary, bool repeatable = false) =>
        new(name, shape, summary, modelName, repeatable, isPlain: true);

    /// <summary>A field that the binder gives a meaning: a source, a verdict, an id, links, evidence.</summary>
    internal static FieldSpec Bound(string name, FieldShape shape, string modelName, string summary, bool repeatable = false) =>
        new(name, shape, summary, modelName, repeatable, isPlain: false);

    /// <summary>Makes a table: numbers its plain fields in order.</summary>
    internal static IReadOnlyList<FieldSpec> Table(params FieldSpec[] fields)
    {
        int slot = 0;
        foreach (FieldSpec field in fields)
        {
            if (field.IsPlain)
            {
                field.Slot = slot++;
            }
        }

        return ReadOnly.Wrap(fields);
    }
}
