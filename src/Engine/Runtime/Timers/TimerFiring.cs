using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>A timer that fired: when it was due, when it fired, and which worker fired it (for metrics and tests).</summary>
public sealed record TimerFiring(Guid TimerId, Guid DossierId, TimerKind Kind, DateTime DueAt, DateTime FiredAt, string WorkerId);
