using System.Collections.Generic;

namespace FactCheck.Language.Parsing;

/// <summary>
/// State shared by every input of one parse. Token parsers note lexical errors here (an unterminated string,
/// an unknown escape) because a Sprache failure only carries expectations, and the driver reports the precise cause.
/// </summary>
internal sealed class ParseSession
{
    private Dictionary<object, object>? _memos;

    public ParseSession(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public IDictionary<object, object> Memos => _memos ??= [];

    public int LexicalErrorOffset { get; private set; } = -1;

    public string? LexicalErrorMessage { get; private set; }

    public void ClearLexicalError()
    {
        LexicalErrorOffset = -1;
        LexicalErrorMessage = null;
    }

    public void NoteLexicalError(int offset, string message)
    {
        if (offset > LexicalErrorOffset)
        {
            LexicalErrorOffset = offset;
            LexicalErrorMessage = message;
        }
    }
}
