namespace Workflow.Designer.Workspace;

/// <summary>A new draft version, copied from an earlier version of the procedure.</summary>
public sealed record StartedVersion(string ProcedureId, int Version, int FromVersion);
