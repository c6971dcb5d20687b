using System.Text;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Writes <c>.check</c> text.</summary>
public static class CheckText
{
    /// <summary>A single-quoted <c>.check</c> string holding exactly <paramref name="value"/>: quotes, backslashes and line breaks escaped, everything else as is.</summary>
    public static string Quoted(string value)
    {
        var builder = new StringBuilder("'");
        foreach (char c in value)
        {
            builder.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>A claim entry with just the required fields and an id.</summary>
    public static string Claim(string id, string text, string source = "004", string status = "true") =>
        $"claim: {Quoted(text)} source: {source} status: {status}\n  id: {id}\n\n";
}
