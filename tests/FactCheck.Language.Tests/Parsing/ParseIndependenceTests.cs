using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactCheck.Language.Parsing;
using FactCheck.Language.Syntax;
using FactCheck.Language.Tests.Support;
using FactCheck.Testing;
using Sprache;

namespace FactCheck.Language.Tests.Parsing;

/// <summary>A parse shares nothing with any other: not its results, not its inputs, not a thread.</summary>
public sealed class ParseIndependenceTests
{
    private const int FuzzFiles = 300;
    private const int Rounds = 10;

    [Fact]
    public void Many_files_parsed_at_once_on_several_threads_give_their_sequential_results()
    {
        var fuzzer = new CheckFuzzer(FuzzSettings.Seed, Repository.CheckFiles.Select(file => file.Text));
        string[] texts = [.. Repository.CheckFiles.Select(file => file.Text), .. Enumerable.Range(0, FuzzFiles).Select(fuzzer.Case)];
        ParseResult[] sequential = texts.Select(Checks.Parse).ToArray();

        // Every file several times over, so that each is parsed while other threads parse other files.
        var concurrent = new ParseResult[texts.Length * Rounds];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = Checks.Parse(texts[i % texts.Length]));

        for (int i = 0; i < concurrent.Length; i++)
        {
            Assert.True(sequential[i % texts.Length] == concurrent[i], $"File {i % texts.Length} parsed on several threads differs from its sequential parse:\n{texts[i % texts.Length]}");
        }
    }

    [Fact]
    public void Two_parses_interleaved_entry_by_entry_keep_every_result_they_returned()
    {
        string first = Repository.CheckFiles[0].Text;
        string second = Repository.CheckFiles[1].Text;
        var parses = new[] { (Input: CheckInput.Start(first), Results: new List<IResult<EntrySyntax?>>()), (Input: CheckInput.Start(second), Results: new List<IResult<EntrySyntax?>>()) };

        // One entry of each parse in turn, every result kept to be read only once both parses are done.
        while (parses.Any(parse => !AtEnd(parse.Results)))
        {
            for (int p = 0; p < parses.Length; p++)
            {
                if (!AtEnd(parses[p].Results))
                {
                    IResult<EntrySyntax?> result = CheckGrammar.EntryOrEnd(parses[p].Input);
                    Assert.True(result.WasSuccessful, $"{result}");
                    parses[p].Results.Add(result);
                    parses[p].Input = (CheckInput)result.Remainder;
                }
            }
        }

        AssertSameEntries(first, parses[0].Results);
        AssertSameEntries(second, parses[1].Results);
    }

    private static bool AtEnd(List<IResult<EntrySyntax?>> results) => results.Count > 0 && results[^1].Value is null;

    private static void AssertSameEntries(string text, List<IResult<EntrySyntax?>> results)
    {
        EquatableArray<EntrySyntax> entries = Checks.ParseWithErrors(text).Syntax.Entries;
        Assert.True(entries.Count > 1);
        Assert.Equal(entries, results.Take(results.Count - 1).Select(result => result.Value));
        Assert.Equal(
            entries.Skip(1).Select(entry => entry.KeywordRange.Start.Offset),
            results.Take(entries.Count - 1).Select(result => Lexer.SkipTrivia(text, result.Remainder.Position)));
    }
}
