using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCheck.Language.Binding;
using FactCheck.Language.Diagnostics;
using FactCheck.Language.Parsing;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Fuzzing;

/// <summary>
/// Huge inputs are refused with FC0015 at almost no cost, and inputs at the limit compile, with no OutOfMemoryException
/// or stack overflow: a <c>.check</c> file of many claims, a source searched to its last line, a string on one line.
/// </summary>
public sealed class SizeTests
{
    private const int Huge = 50_000_000;

    [Fact]
    public void The_embedded_text_budget_counts_a_file_the_same_whatever_its_path_so_the_build_and_factcheck_agree()
    {
        SourceCatalog sources = SourceCatalog.Create(Repository.SeedFiles);
        BoundFile relative = FileBinder.Bind(CheckParser.Parse("checks/a.check", Checks.IsisClaim), sources);
        BoundFile full = FileBinder.Bind(CheckParser.Parse("/home/analyst/projects/iran-january/checks/a.check", Checks.IsisClaim), sources);

        Assert.Equal(InputSize.Of(relative).Length, InputSize.Of(full).Length);
    }

    // Refusing a huge input may not cost more than a small fixed amount beyond the input itself.
    private const long RefusalAllocationBound = 1_000_000;

    [Fact]
    public void A_50_MB_check_file_is_refused_without_being_parsed()
    {
        string text = Claims(Huge);
        _ = Repository.SeedFiles;

        long before = GC.GetAllocatedBytesForCurrentThread();
        CheckCompilation compilation = Checks.Compile(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Checks.AssertDiagnostics(compilation.Diagnostics, "FC0015 1:1");
        Assert.Empty(compilation.Set.Claims);
        Assert.True(allocated < RefusalAllocationBound, $"Refusing the file allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_50_MB_source_document_is_refused_without_being_indexed()
    {
        string source = Lines(Huge, "The last line is the quoted one.\n");
        var files = new[] { new TextFile(Checks.FileName, "claim: 'the last LINE is the quoted one' source: big status: true") };

        long before = GC.GetAllocatedBytesForCurrentThread();
        CheckCompilation compilation = CheckCompilation.Compile(files, [new TextFile("sources/big_1.txt", source)]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["FC0015", "FC0015"], compilation.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Empty(compilation.Set.Claims);
        Assert.True(allocated < RefusalAllocationBound, $"Refusing the source allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_50_MB_string_on_one_line_is_refused()
    {
        Checks.AssertDiagnostics(Checks.Compile(Checks.IsisClaim + " note: '" + new string('x', Huge) + "'").Diagnostics, "FC0015 1:1");
    }

    [Fact]
    public void A_check_file_of_claims_up_to_the_limit_compiles()
    {
        string text = Claims(InputLimits.MaxCheckFileLength);

        CheckCompilation compilation = Checks.Compile(text);

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(text.Split("claim:").Length - 1, compilation.Set.Claims.Count);
    }

    [Fact]
    public void A_source_document_up_to_the_limit_is_searched_to_its_last_line()
    {
        string source = Lines(InputLimits.MaxSourceLength, "The last line is the quoted one.\n");

        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "claim: 'the last LINE is the quoted one' source: big status: true")],
            [new TextFile("sources/big_1.txt", source)]);

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(source.Split('\n').Length - 1, Assert.Single(compilation.Set.Claims).Claim.Match.Line);
    }

    [Fact]
    public void A_string_on_one_line_up_to_the_limit_is_read_and_then_over_the_embedded_text_budget()
    {
        string opening = Checks.IsisClaim + " note: '";
        int length = InputLimits.MaxCheckFileLength - opening.Length - 1;

        CheckCompilation compilation = Checks.Compile(opening + new string('x', length) + "'");

        // Read and bound whole, but 8 Mi characters of note are more than generated code can hold as string literals.
        Assert.Equal(length, Assert.Single(compilation.Set.Claims).Claim.Fields.Text(FactCheck.Fields.ClaimFields.Note)!.Length);
        CheckDiagnostic budget = Assert.Single(compilation.Diagnostics);
        Assert.Equal((DiagnosticIds.InputTooLarge, Checks.FileName, 1, 1), (budget.Id, budget.FilePath, budget.Range.Start.Line, budget.Range.Start.Column));
        Assert.Contains("over the 7,340,032 that the generated code can hold", budget.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_past_the_embedded_text_budget_get_FC0015_at_the_largest_and_the_claims_still_bind()
    {
        // A source's record adds its id, file name and 64 characters for its other fields; a file's, its path's allowance and 8.
        const int SourceFields = 1 + 7 + 64;
        const int FileRecord = 8;
        string large = Lines(InputLimits.MaxSourceLength, "The last line is the quoted one.\n");
        string smaller = Lines(InputLimits.MaxSourceLength / 2, "The last line is the quoted one.\n");

        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "claim: 'the last line is the quoted one' source: b status: true")],
            [new TextFile("sources/a_1.txt", smaller), new TextFile("sources/b_1.txt", large), new TextFile("sources/c_1.txt", smaller)]);

        CheckDiagnostic budget = Assert.Single(compilation.Diagnostics);
        Assert.Equal((DiagnosticIds.InputTooLarge, "sources/b_1.txt", 1, 1), (budget.Id, budget.FilePath, budget.Range.Start.Line, budget.Range.Start.Column));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"The claims and sources of this project hold {(long)large.Length + (2 * smaller.Length) + (3 * SourceFields) + InputSize.StringLength(compilation.Set.Claims[0].Claim) + InputSize.PathAllowance + FileRecord:N0} characters of text, over the 7,340,032 that the generated code can hold as string literals (the C# compiler's limit, CS8103); this file holds the most: move some checks and their sources to another project."),
            budget.Message);
        Assert.Single(compilation.Set.Claims);
    }

    [Fact]
    public void A_document_entry_counts_against_the_embedded_text_budget()
    {
        // The title goes into its source's record, which the generated code embeds with the source's text.
        string title = new('x', InputSize.Limit - Repository.SeedFiles.Sum(seed => seed.Text.Length));

        CheckCompilation compilation = Checks.Compile("document: 000 title: '" + title + "'\n" + Checks.IsisClaim);

        CheckDiagnostic budget = Assert.Single(compilation.Diagnostics);
        Assert.Equal((DiagnosticIds.InputTooLarge, Checks.FileName), (budget.Id, budget.FilePath));
    }

    /// <summary>Claims with ids and notes, as many as fit in <paramref name="size"/> characters.</summary>
    private static string Claims(int size)
    {
        const string Claim = "claim: 'ISIS has been defeated' source: 000 status: true\n  id: c{0}\n  note: 'some reasoning about the claim'\n\n";
        var text = new StringBuilder(size);
        for (int claims = 0; ; claims++)
        {
            string next = string.Format(System.Globalization.CultureInfo.InvariantCulture, Claim, claims);
            if (text.Length + next.Length > size)
            {
                return text.ToString();
            }

            text.Append(next);
        }
    }

    /// <summary>Lorem ipsum lines up to <paramref name="size"/> characters, ending with <paramref name="lastLine"/>.</summary>
    private static string Lines(int size, string lastLine)
    {
        const string Line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n";
        var text = new StringBuilder(size);
        while (text.Length + Line.Length + lastLine.Length <= size)
        {
            text.Append(Line);
        }

        return text.Append(lastLine).ToString();
    }
}
