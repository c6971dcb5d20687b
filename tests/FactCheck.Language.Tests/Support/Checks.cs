using System.Collections.Generic;
using System.Linq;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Sources;

namespace FactCheck.Language.Tests.Support;

/// <summary>Parses and compiles <c>.check</c> text written in a test, against the real seeds.</summary>
internal static class Checks
{
    public const string FileName = "test.check";

    /// <summary>A valid one-line claim on seed 000: its source value stands at column 41, its status value at 53, and it is 56 characters long.</summary>
    public const string IsisClaim = "claim: 'ISIS has been defeated' source: 000 status: true";

    public static ParseResult Parse(string text) => CheckParser.Parse(FileName, text);

    public static CheckCompilation Compile(string text) => Compile(new TextFile(FileName, text));

    public static CheckCompilation Compile(params TextFile[] files) => CheckCompilation.Compile(files, Repository.SeedFiles);

    /// <summary>Formats diagnostics as <c>FC0001 3:8</c>, the form the tests compare.</summary>
    public static string[] Positions(IEnumerable<CheckDiagnostic> diagnostics) =>
        diagnostics.Select(diagnostic => $"{diagnostic.Id} {diagnostic.Range.Start.Line}:{diagnostic.Range.Start.Column}").ToArray();

    /// <summary>Asserts the diagnostics are exactly the expected ones, in order, each written <c>FC0001 3:8</c>.</summary>
    public static void AssertDiagnostics(IEnumerable<CheckDiagnostic> diagnostics, params string[] expected)
    {
        CheckDiagnostic[] all = diagnostics.ToArray();
        Assert.True(
            expected.SequenceEqual(Positions(all)),
            $"Expected [{string.Join(", ", expected)}] but got:\n{string.Join("\n", all.Select(diagnostic => diagnostic.ToString()))}");
    }

    /// <summary>Compiles the text, asserts it gives exactly one diagnostic at the expected place whose message says each of <paramref name="says"/>, and returns it.</summary>
    public static CheckDiagnostic SingleDiagnostic(string text, string expected, params string[] says) =>
        CompileWithSingleDiagnostic(text, expected, says).Diagnostics[0];

    /// <summary>Compiles the text, asserts it gives exactly one diagnostic at the expected place whose message says each of <paramref name="says"/>, and returns the compilation.</summary>
    public static CheckCompilation CompileWithSingleDiagnostic(string text, string expected, params string[] says)
    {
        CheckCompilation compilation = Compile(text);
        AssertDiagnostics(compilation.Diagnostics, expected);
        AssertSays(compilation.Diagnostics[0], says);
        return compilation;
    }

    /// <summary>Parses the text, asserts exactly the expected syntax errors, and returns the result.</summary>
    public static ParseResult ParseWithErrors(string text, params string[] expected)
    {
        ParseResult result = Parse(text);
        AssertDiagnostics(result.Diagnostics, expected);
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(DiagnosticCatalog.SyntaxError.Id, diagnostic.Id));
        return result;
    }

    /// <summary>Parses the text, asserts exactly one syntax error at the expected place whose message says each of <paramref name="says"/>, and returns the result.</summary>
    public static ParseResult ParseWithError(string text, string expected, params string[] says)
    {
        ParseResult result = ParseWithErrors(text, expected);
        AssertSays(result.Diagnostics[0], says);
        return result;
    }

    private static CheckDiagnostic AssertSays(CheckDiagnostic diagnostic, string[] says)
    {
        Assert.All(says, part => Assert.Contains(part, diagnostic.Message, System.StringComparison.Ordinal));
        return diagnostic;
    }
}
