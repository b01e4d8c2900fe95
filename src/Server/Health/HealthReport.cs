namespace Workflow.Server.Health;

/// <summary>Whether the server can do its work: the database answers and the timer worker has run recently.</summary>
public sealed record HealthReport(string Status, bool Healthy, DateTimeOffset CheckedAt, DatabaseHealth Database, TimerWorkerHealth TimerWorker);
