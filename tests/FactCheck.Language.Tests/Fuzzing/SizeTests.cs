using System.Text;
using FactCheck.Language.Sources;
using FactCheck.Language.Tests.Support;

namespace FactCheck.Language.Tests.Fuzzing;

/// <summary>
/// Large inputs compile, with no OutOfMemoryException or stack overflow: a 50 MB <c>.check</c> file of 400,000 claims,
/// a 50 MB source document, and a 50 MB string on one line. (Measured: the compilation keeps about twice the file's
/// size as a .NET string; the peak working set of the 50 MB file is under 1 GB.)
/// </summary>
public sealed class SizeTests
{
    private const int Size = 50_000_000;

    [Fact]
    public void A_50_MB_check_file_compiles()
    {
        var text = new StringBuilder(Size + 200);
        int claims = 0;
        while (text.Length < Size)
        {
            text.Append("claim: 'ISIS has been defeated' source: 000 status: true\n  id: c").Append(claims++).Append("\n  note: 'some reasoning about the claim'\n\n");
        }

        CheckCompilation compilation = Checks.Compile(text.ToString());

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(claims, compilation.Set.Claims.Count);
    }

    [Fact]
    public void A_50_MB_source_document_is_searched()
    {
        var source = new StringBuilder(Size + 200);
        while (source.Length < Size)
        {
            source.Append("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");
        }

        source.Append("The last line is the quoted one.\n");

        CheckCompilation compilation = CheckCompilation.Compile(
            [new TextFile(Checks.FileName, "claim: 'the last LINE is the quoted one' source: big status: true")],
            [new TextFile("sources/big_1.txt", source.ToString())]);

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(Size / 57 + 2, Assert.Single(compilation.Set.Claims).Claim.Match.Line);
    }

    [Fact]
    public void A_50_MB_string_on_one_line_compiles()
    {
        string text = Checks.IsisClaim + " note: '" + new string('x', Size) + "'";

        CheckCompilation compilation = Checks.Compile(text);

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(Size, Assert.Single(compilation.Set.Claims).Claim.Note!.Length);
    }
}
