namespace Workflow.Server.Designer;

/// <summary>A draft was written; its problems (a draft may still have errors) come with it.</summary>
public sealed record SaveReport(string ProcedureId, int Version, bool Created, ValidationReport Validation);
