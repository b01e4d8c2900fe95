namespace Workflow.Server.Health;

public sealed record DatabaseHealth(bool Reachable, string Provider, string? Error);
