namespace Workflow.Server.Health;

/// <summary>The timer worker's last finished pass; alive when it is within <see cref="MaxSilenceSeconds"/>.</summary>
public sealed record TimerWorkerHealth(bool Alive, string WorkerId, DateTimeOffset? LastPassAt, long Fired, double MaxSilenceSeconds);
