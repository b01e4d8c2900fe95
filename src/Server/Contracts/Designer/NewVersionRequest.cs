namespace Workflow.Server.Contracts.Designer;

/// <summary>Copy a version (the newest when absent) to the next version number as a draft.</summary>
public sealed record NewVersionRequest(int? FromVersion = null);
