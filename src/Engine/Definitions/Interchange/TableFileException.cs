namespace Workflow.Engine.Definitions.Interchange;

/// <summary>An imported file that cannot be read as a table at all; the message is a sentence for the person importing it.</summary>
public sealed class TableFileException : Exception
{
    public TableFileException(string message)
        : base(message)
    {
    }

    public TableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
