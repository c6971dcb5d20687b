using FactCheck.Language.Text;

namespace FactCheck.Language.Tests.Reading;

/// <summary>A message names another file relative to the file it is about, so full and relative paths give the same message.</summary>
public sealed class FilePathsTests
{
    [Theory]
    [InlineData("checks/a.check", "checks/b.check", "b.check")]
    [InlineData("/p/checks/a.check", "/p/checks/b.check", "b.check")]
    [InlineData("checks/a.check", "other/deep/b.check", "../other/deep/b.check")]
    [InlineData("/p/checks/a.check", "/p/other/deep/b.check", "../other/deep/b.check")]
    [InlineData("checks/sub/a.check", "checks/b.check", "../b.check")]
    [InlineData("a.check", "a.check", "a.check")]
    [InlineData(@"C:\p\checks\a.check", @"C:\p\checks\b.check", "b.check")]
    [InlineData("checks/a.check", "/elsewhere/b.check", "/elsewhere/b.check")]
    public void Another_file_is_named_relative_to_the_reported_one(string fromFile, string toFile, string expected)
    {
        Assert.Equal(expected, FilePaths.RelativeTo(fromFile, toFile));
    }
}
