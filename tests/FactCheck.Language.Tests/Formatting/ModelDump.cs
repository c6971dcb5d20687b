using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FactCheck.Language.Tests.Formatting;

/// <summary>
/// Writes a compiled model as text, every public property of every claim and source document found by reflection,
/// so a field added to the model is compared without this list changing. Where a claim stands in its file is left out:
/// formatting moves it. A linked claim is written by its id, a verdict's scale by its name.
/// </summary>
internal static class ModelDump
{
    private const int MaxDepth = 12;

    public static string Of(CheckModel model)
    {
        var output = new StringBuilder();
        Write(output, model.Sources.ToArray(), depth: 0);
        output.Append('\n');
        Write(output, model.Claims.ToArray(), depth: 0);
        return output.ToString();
    }

    private static void Write(StringBuilder output, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The model nests deeper than {MaxDepth} levels at {value?.GetType()}.");
        }

        switch (value)
        {
            case null:
                output.Append("null");
                return;
            case string or Uri or Enum or bool or char or int or long or double or decimal:
                output.Append('«').Append(value).Append('»');
                return;
            case Claim claim when depth > 1:
                output.Append("claim ").Append(claim.Id);
                return;
            case VerdictScale scale:
                // Each claim's verdict writes its own fields; its scale, which lists the verdict again, by name and bounds.
                output.Append("scale ").Append(scale.Name).Append(' ').Append(scale.BestRating).Append(' ').Append(scale.WorstRating);
                return;
            case IEnumerable items:
                output.Append('[');
                foreach (object? item in items)
                {
                    Write(output, item, depth + 1);
                    output.Append(", ");
                }

                output.Append(']');
                return;
        }

        output.Append(value.GetType().Name).Append(" {");
        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.PropertyType != typeof(CheckLocation))
            .OrderBy(property => property.Name, StringComparer.Ordinal))
        {
            output.Append(' ').Append(property.Name).Append(": ");
            Write(output, property.GetValue(value), depth + 1);
        }

        output.Append(" }");
    }
}
