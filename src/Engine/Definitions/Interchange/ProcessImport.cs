namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// A planned internal-process import (the dry run): the steps as mapped, what could not be mapped or made a valid
/// draft (row and column), and — when there is nothing of that — the draft text and the version it goes to.
/// </summary>
public sealed record ProcessImport(string ProcedureId, int Version, bool UpdatesDraft, IReadOnlyList<ImportedStep> Steps, IReadOnlyList<ImportIssue> Issues, string? Text)
{
    public bool CanWrite => Issues.Count == 0 && Text is not null;
}
