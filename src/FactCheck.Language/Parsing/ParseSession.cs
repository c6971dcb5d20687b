using System.Collections.Generic;

namespace FactCheck.Language.Parsing;

/// <summary>State shared by every input of one parse: the text and Sprache's memo table.</summary>
internal sealed class ParseSession
{
    private Dictionary<object, object>? _memos;

    public ParseSession(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public IDictionary<object, object> Memos => _memos ??= [];
}
