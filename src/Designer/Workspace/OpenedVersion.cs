namespace Workflow.Designer.Workspace;

/// <summary>A version's text as it is stored, and whether it may still change.</summary>
public sealed record OpenedVersion(string ProcedureId, int Version, string Text, bool IsPublished, bool FromDatabase);
