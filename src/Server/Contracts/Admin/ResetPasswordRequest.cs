namespace Workflow.Server.Contracts.Admin;

public sealed record ResetPasswordRequest(string? NewPassword);
