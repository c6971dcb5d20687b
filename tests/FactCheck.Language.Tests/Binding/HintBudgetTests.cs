using System.Linq;
using System.Text;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Binding;

/// <summary>
/// A closest-passage hint reads its whole source, so one file's hints search at most 32 Mi characters of sources in
/// all: many wrong quotes against a large source cost time linear in the file, not quotes times source. Found by the
/// size tests: 200 wrong quotes against a 1 MB source took 10 s, against 50 MB it would take hours.
/// </summary>
public sealed class HintBudgetTests
{
    private const long Budget = 32L * 1024 * 1024;

    [Fact]
    public void Hints_stop_once_a_file_has_searched_its_budget_of_source_text_and_the_quotes_are_still_reported()
    {
        var source = new StringBuilder();
        while (source.Length < 4_000_000)
        {
            source.Append("The quick brown fox jumps over the lazy dog.\n");
        }

        string check = string.Concat(Enumerable.Range(0, 12).Select(i => $"claim: 'the quick brown fox leaps over the lazy dog' source: big status: true id: c{i}\n"));

        CheckCompilation compilation = CheckCompilation.Compile([new TextFile(Checks.FileName, check)], [new TextFile("sources/big_1.txt", source.ToString())]);

        Assert.Equal(12, compilation.Diagnostics.Count(diagnostic => diagnostic.Id == "FC0004"));
        Assert.Equal(
            (int)(Budget / source.Length),
            compilation.Diagnostics.Count(diagnostic => diagnostic.Message.Contains("The closest passage, at line 1, column 1, reads 'The quick brown fox jumps over the lazy dog'", System.StringComparison.Ordinal)));
    }
}
