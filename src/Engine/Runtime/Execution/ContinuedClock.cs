using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// A step's clock carried over to the step that replaces it when a dossier moves to a new
/// version: the same due instant and ledger (time already spent stays spent), and whether its
/// lateness was already reported.
/// </summary>
internal sealed record ContinuedClock(DateTimeOffset Due, IReadOnlyList<DeadlineEvent> Ledger, bool OverdueReported);
