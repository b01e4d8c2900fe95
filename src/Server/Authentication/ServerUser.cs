using Microsoft.AspNetCore.Identity;

namespace Workflow.Server.Authentication;

/// <summary>A sign-in account. Its id is the engine officer's id, so the journal names the same person.</summary>
public sealed class ServerUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
