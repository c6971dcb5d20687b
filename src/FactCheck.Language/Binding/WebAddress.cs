using System;

namespace FactCheck.Language.Binding;

/// <summary>
/// Reads the web addresses a check may give (a document's <c>url:</c>, evidence links): absolute http or https, written
/// as a valid URL, with no user name or password. The bound model keeps one canonical form, so the generated code, the
/// report and the exports all write the same address.
/// </summary>
internal static class WebAddress
{
    /// <summary>Reads an address.</summary>
    /// <param name="text">The address as written.</param>
    /// <param name="canonical">The address as every output writes it (scheme and host in lower case, escapes normalised).</param>
    /// <param name="problem">Why the address is refused, as the end of a sentence that starts with the address.</param>
    /// <returns>Whether the address is valid.</returns>
    public static bool TryRead(string text, out string canonical, out string problem)
    {
        canonical = string.Empty;
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            problem = "is not an absolute http or https address: write it whole, starting with https://";
            return false;
        }

        int fragments = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                problem = $"holds {(c == ' ' ? "a space" : $"the character U+{(int)c:X4}")} at character {i + 1}: write a space as %20, or copy the address again from the browser";
                return false;
            }

            if (c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                problem = $"holds '{c}' at character {i + 1}, which a URL cannot hold as it is: write it as %{(int)c:X2}";
                return false;
            }

            if (c == '%' && !(i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2])))
            {
                problem = $"holds a '%' at character {i + 1} that is not followed by two hexadecimal digits: write a percent sign as %25";
                return false;
            }

            if (c == '#' && ++fragments > 1)
            {
                problem = $"holds a second '#' at character {i + 1}: a URL has at most one fragment; write a '#' inside it as %23";
                return false;
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            problem = "is not a valid URL: check the host name and the port";
            return false;
        }

        int authorityStart = text.IndexOf("://", StringComparison.Ordinal) + 3;
        int authorityEnd = text.IndexOfAny(['/', '?', '#'], authorityStart);
        if (text.IndexOf('@', authorityStart, (authorityEnd < 0 ? text.Length : authorityEnd) - authorityStart) >= 0)
        {
            problem = "holds a user name or password before the host: remove it, so no credential is published";
            return false;
        }

        canonical = uri.AbsoluteUri;
        problem = string.Empty;
        return true;
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
