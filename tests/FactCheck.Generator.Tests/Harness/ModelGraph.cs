using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Walks a pipeline value's object graph, as NetEscapades.EnumGenerators' tests do, to find Roslyn objects that would defeat caching.</summary>
public static class ModelGraph
{
    private static readonly Type[] s_banned = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel)];

    /// <summary>Gets the path to the first banned object in <paramref name="root"/>'s graph, or null when there is none.</summary>
    public static string? FindBanned(object? root, string name)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Visit(root, name, visited);
    }

    private static string? Visit(object? node, string path, HashSet<object> visited)
    {
        if (node is null)
        {
            return null;
        }

        Type type = node.GetType();
        foreach (Type banned in s_banned)
        {
            if (banned.IsInstanceOfType(node))
            {
                return $"{path} is a {banned.Name} ({type.FullName})";
            }
        }

        if (type.IsPrimitive || type.IsEnum || node is string || node is decimal || node is Type || !visited.Add(node))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            && (bool)type.GetProperty("IsDefault")!.GetValue(node)!)
        {
            return null;
        }

        if (node is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (Visit(item, $"{path}[{index++}]", visited) is { } found)
                {
                    return found;
                }
            }
        }

        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Visit(field.GetValue(node), $"{path}.{field.Name}", visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
