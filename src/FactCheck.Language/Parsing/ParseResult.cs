using FactCheck.Language.Diagnostics;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Parsing;

/// <summary>The outcome of parsing one file: its syntax tree and its syntax diagnostics.</summary>
/// <param name="Syntax">The entries that parsed.</param>
/// <param name="Diagnostics">The FC0001 diagnostics, in file order.</param>
internal sealed record ParseResult(CheckFileSyntax Syntax, EquatableArray<CheckDiagnostic> Diagnostics);
