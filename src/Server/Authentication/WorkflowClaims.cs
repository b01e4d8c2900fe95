namespace Workflow.Server.Authentication;

/// <summary>Claim types the server adds to a signed-in principal.</summary>
public static class WorkflowClaims
{
    /// <summary>The person's name as journals and notices print it (e.g. "Nguyễn Thị Lan").</summary>
    public const string DisplayName = "workflow:display_name";
}
