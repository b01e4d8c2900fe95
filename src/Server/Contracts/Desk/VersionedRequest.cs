namespace Workflow.Server.Contracts.Desk;

/// <summary>A command with nothing but the dossier version the caller saw (optional optimistic concurrency).</summary>
public sealed record VersionedRequest(long? ExpectedVersion = null);
