namespace Workflow.Designer.Interchange;

/// <summary>A file that cannot be read as BPMN at all (not XML, a DTD, too large, no process), with a sentence in the reader's language.</summary>
public sealed class BpmnImportException(string message, bool tooLarge = false) : InvalidOperationException(message)
{
    /// <summary>The file is over <see cref="BpmnImporter.MaxFileLength"/>.</summary>
    public bool TooLarge { get; } = tooLarge;
}
