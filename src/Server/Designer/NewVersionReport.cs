namespace Workflow.Server.Designer;

public sealed record NewVersionReport(string ProcedureId, int Version, int FromVersion);
