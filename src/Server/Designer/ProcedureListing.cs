namespace Workflow.Server.Designer;

public sealed record ProcedureListing(string Id, string? Name, IReadOnlyList<ProcedureVersionInfo> Versions);
