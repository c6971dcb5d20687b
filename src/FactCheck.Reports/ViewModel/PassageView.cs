using System;
using FactCheck.Reports.Building;

namespace FactCheck.Reports.ViewModel;

/// <summary>
/// A quoted passage, and its context: the paragraph around it, narrowed to its sentences when the paragraph is long.
/// The built-in page shows <see cref="Text"/> and links to the passage in the annotated source, so that a source's text
/// appears once in the page; a template may write <see cref="Before"/>, <see cref="Text"/> and <see cref="After"/> instead.
/// </summary>
public sealed class PassageView
{
    /// <summary>Gets the context, found only when a template reads it: the built-in page never does.</summary>
    internal Lazy<PassageContext> Context { get; init; } = new(() => default);

    /// <summary>Gets the source document that holds the passage.</summary>
    public required SourceView Source { get; init; }

    /// <summary>Gets the link into the annotated source: to the highlighted passage of a claim, else to the passage's paragraph.</summary>
    public required string Href { get; init; }

    /// <summary>Gets whether the paragraph goes on before the passage, so a reader of the passage alone should see an ellipsis before it.</summary>
    public required bool CutBefore { get; init; }

    /// <summary>Gets whether the paragraph goes on after the passage, so a reader of the passage alone should see an ellipsis after it.</summary>
    public required bool CutAfter { get; init; }

    /// <summary>Gets whether the context starts inside a paragraph, so a reader should see an ellipsis before it.</summary>
    public bool ClippedBefore => Context.Value.ClippedBefore;

    /// <summary>Gets the context before the passage.</summary>
    public string Before => Context.Value.Before;

    /// <summary>Gets the passage exactly as the source writes it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the context after the passage.</summary>
    public string After => Context.Value.After;

    /// <summary>Gets whether the context ends inside a paragraph, so a reader should see an ellipsis after it.</summary>
    public bool ClippedAfter => Context.Value.ClippedAfter;

    /// <summary>Gets the line of the passage's first character in the source, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the column of the passage's first character in the source, from 1.</summary>
    public required int Column { get; init; }
}
