using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Planning;

/// <summary>
/// One step on the planned path: who does it, for how long, and when it should start and be done;
/// for the join of a consultation with a deadline, when that deadline passes; for a wait with a
/// citizen's deadline, when it would pass if the wait began at that point of the plan.
/// </summary>
public sealed record PlannedStep(string StepId, string Name, string? Role, string? UnitKind, string? UnitId, Duration? Duration, DateTimeOffset Start, DateTimeOffset Due, string? Note,
    DateTimeOffset? ConsultationDeadline = null, DateTimeOffset? CitizenDeadline = null);
