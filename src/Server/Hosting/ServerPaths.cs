namespace Workflow.Server.Hosting;

/// <summary>Where the server finds its procedures folder.</summary>
public sealed record ServerPaths(string Procedures);
