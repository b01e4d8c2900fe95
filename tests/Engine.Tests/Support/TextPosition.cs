namespace Workflow.Engine.Tests.Support;

/// <summary>Line and column (1-based) of a snippet in a text, so tests state positions without counting by hand.</summary>
public static class TextPosition
{
    public static (int Line, int Column) Of(string text, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"\"{snippet}\" does not occur {occurrence} time(s).");
            }
        }

        var line = text[..index].Count(c => c == '\n') + 1;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
