using System.Text;

namespace FactCheck.Generator.Emit;

/// <summary>
/// A small indented writer for generated C#. Values are appended straight into one buffer, escaped on the way in,
/// so that writing a file makes no string per line or per literal: at 10,000 claims those were most of the
/// generator's allocation.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;

    private readonly StringBuilder _builder;
    private int _indent;
    private bool _inArguments;

    /// <summary>Initializes a new instance of the <see cref="SourceWriter"/> class.</summary>
    /// <param name="capacity">The expected length of the text, so the buffer is not grown as it fills.</param>
    public SourceWriter(int capacity = 1024)
    {
        _builder = new StringBuilder(capacity);
    }

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            StartLine().Append(text);
        }

        EndLine();
    }

    /// <summary>Starts a line at the current indentation; finish it with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * IndentSize);
        return this;
    }

    public void EndLine() => _builder.Append('\n');

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends a number in invariant digits.</summary>
    public SourceWriter Append(int value)
    {
        CSharpText.AppendInteger(_builder, value);
        return this;
    }

    /// <summary>Appends a C# string literal holding exactly <paramref name="value"/>.</summary>
    public SourceWriter Literal(string? value)
    {
        CSharpText.AppendLiteral(_builder, value);
        return this;
    }

    /// <summary>Appends text for an XML doc comment line.</summary>
    public SourceWriter DocText(string value)
    {
        CSharpText.AppendDocText(_builder, value);
        return this;
    }

    /// <summary>Starts the next argument of a call written one argument per line, ending the previous one with a comma.</summary>
    public SourceWriter Argument(string name)
    {
        if (_inArguments)
        {
            _builder.Append(",\n");
        }

        _inArguments = true;
        return StartLine().Append(name).Append(": ");
    }

    /// <summary>Closes the call whose arguments <see cref="Argument"/> wrote.</summary>
    public void EndArguments()
    {
        _inArguments = false;
        _builder.Append(");\n");
    }

    public void Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _builder.ToString();
}
