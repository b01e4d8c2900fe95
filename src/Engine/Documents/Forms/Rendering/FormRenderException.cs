namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>A form could not be rendered; the message is a sentence, with the template's file, line and column when the template failed.</summary>
public sealed class FormRenderException : Exception
{
    public FormRenderException(string message, string? templateFile = null, int line = 0, int column = 0, Exception? inner = null)
        : base(message, inner)
    {
        TemplateFile = templateFile;
        Line = line;
        Column = column;
    }

    public string? TemplateFile { get; }

    /// <summary>1-based; 0 when the failure is not at a place in a template.</summary>
    public int Line { get; }

    public int Column { get; }
}
