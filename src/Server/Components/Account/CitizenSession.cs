using Workflow.Server.Authentication;

namespace Workflow.Server.Components.Account;

/// <summary>
/// The citizen signed in on this page, if any. Read from the citizen cookie when the page is first
/// rendered (<see cref="CitizenSessionReader"/>), then carried into the page's circuit in the
/// prerendered state, which the server protects: a browser cannot forge it.
/// </summary>
public sealed class CitizenSession
{
    public const string StateKey = "citizen-session";

    public CitizenIdentity? Citizen { get; set; }

    public bool IsSignedIn => Citizen is not null;
}
