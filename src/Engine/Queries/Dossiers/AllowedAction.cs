namespace Workflow.Engine.Queries.Dossiers;

/// <summary>
/// Something the viewer may do now: a dossier command (<c>accept</c>, <c>extend</c>...) or a task
/// command (<c>claim</c>, <c>complete</c>... with <see cref="WorkItemId"/>, and for <c>complete</c> its outcomes).
/// A hint for the user interface; the engine checks again when the command runs.
/// </summary>
public sealed record AllowedAction(string Action, Guid? WorkItemId = null, IReadOnlyList<AllowedOutcome>? Outcomes = null);
