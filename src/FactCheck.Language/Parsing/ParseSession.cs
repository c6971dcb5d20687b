using System.Collections.Generic;
using FactCheck.Language.Syntax;

namespace FactCheck.Language.Parsing;

/// <summary>State shared by every input of one parse: the text, Sprache's memo table and the token results it reuses.</summary>
internal sealed class ParseSession
{
    private Dictionary<object, object>? _memos;

    public ParseSession(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public IDictionary<object, object> Memos => _memos ??= [];

    /// <summary>Gets the result every successful name or keyword token of this parse returns.</summary>
    public ReusedSuccess<NameToken> NameSuccess { get; } = new();

    /// <summary>Gets the result every successful value token of this parse returns.</summary>
    public ReusedSuccess<ValueToken> ValueSuccess { get; } = new();
}
