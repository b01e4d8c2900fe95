namespace Workflow.Engine.Runtime.Commands;

/// <summary>An officer finishes a task with one of its step's outcomes.</summary>
/// <param name="ExpectedVersion">The dossier version the officer saw; a different one means someone else acted first.</param>
public sealed record CompleteTask(
    Guid WorkItemId,
    string OutcomeId,
    string? Comment = null,
    IReadOnlyList<string>? Attachments = null,
    long? ExpectedVersion = null);
