using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>A due timer a worker has leased and is about to fire.</summary>
public sealed record ClaimedTimer(Guid Id, Guid DossierId, TimerKind Kind, DateTime DueAt, int Attempts);
