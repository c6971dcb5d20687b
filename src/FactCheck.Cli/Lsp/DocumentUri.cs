using System;

namespace FactCheck.Cli.Lsp;

/// <summary>Turns <c>file:</c> addresses into paths and back.</summary>
internal static class DocumentUri
{
    /// <summary>Gets the address of a file.</summary>
    /// <param name="fullPath">The file's full path.</param>
    /// <returns>Its <c>file:</c> address.</returns>
    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>Gets the path of a <c>file:</c> address.</summary>
    /// <param name="uri">The address.</param>
    /// <returns>The full path.</returns>
    public static string ToPath(string uri) => new Uri(uri).LocalPath;
}
