namespace Workflow.Server.Health;

/// <summary>One check's verdict in <see cref="HealthAnswer"/>.</summary>
public sealed record HealthCheckAnswer(bool Healthy, string Description);
