using System.Globalization;
using System.Text;
using FactCheck.Language.Matching;

namespace FactCheck.Language.Naming;

/// <summary>Turns claim text into ids, and ids into C# names.</summary>
internal static class Identifiers
{
    private const int MaxSlugLength = 64;

    /// <summary>Makes the default id of a claim from its text: lower-case ASCII words joined by hyphens.</summary>
    /// <param name="text">The claim's text.</param>
    /// <returns>The slug, such as <c>isis-has-been-defeated</c>; empty when the text has no ASCII letter or digit.</returns>
    public static string Slug(string text)
    {
        // Normalize throws on a lone surrogate or U+FFFE; such text is slugged as it is.
        string decomposed = NormalizedText.IsNormalizable(text) ? text.Normalize(NormalizationForm.FormD) : text;
        var builder = new StringBuilder(System.Math.Min(decomposed.Length, MaxSlugLength));
        bool pendingHyphen = false;
        foreach (char c in decomposed)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    if (builder.Length + 1 >= MaxSlugLength)
                    {
                        break;
                    }

                    builder.Append('-');
                }

                if (builder.Length >= MaxSlugLength)
                {
                    break;
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Turns an id into a C# identifier: PascalCase of its parts, with <paramref name="digitPrefix"/> before a leading digit.</summary>
    /// <param name="id">An id: ASCII letters, digits, '.', '_' and '-'.</param>
    /// <param name="digitPrefix">What to put before a name that would start with a digit, such as <c>Claim</c>.</param>
    /// <returns>The identifier, such as <c>IsisDefeated</c> or <c>Source000</c>.</returns>
    public static string ToPascalCase(string id, string digitPrefix)
    {
        var builder = new StringBuilder(id.Length + digitPrefix.Length);
        bool upperNext = true;
        foreach (char c in id)
        {
            if (c is '.' or '_' or '-' || !(char.IsLetterOrDigit(c) && c < 0x80))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, digitPrefix);
        }

        return builder.ToString();
    }
}
