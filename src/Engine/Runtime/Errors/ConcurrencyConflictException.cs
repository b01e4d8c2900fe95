namespace Workflow.Engine.Runtime.Errors;

/// <summary>
/// Another command changed the dossier between this command's read and its write. The
/// message says who won and when, read from the journal.
/// </summary>
public sealed class ConcurrencyConflictException(string vietnamese, string english, string? winnerName, DateTimeOffset? wonAt)
    : WorkflowException(WorkflowErrorKind.Conflict, "concurrent-change", vietnamese, english)
{
    public string? WinnerName { get; } = winnerName;

    public DateTimeOffset? WonAt { get; } = wonAt;
}
