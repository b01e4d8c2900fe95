namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// The national public service portal's receiving endpoint (<c>NationalPortal:*</c>). Off unless an
/// endpoint is given; only HTTPS, except on loopback (a receiver on the same machine, as in tests).
/// </summary>
public sealed record PortalOptions
{
    public Uri? Endpoint { get; init; }

    /// <summary>The header that carries the credentials the portal issued (e.g. <c>Authorization</c> or <c>X-Api-Key</c>).</summary>
    public string CredentialsHeader { get; init; } = "Authorization";

    public string? Credentials { get; init; }

    /// <summary>How long one attempt may take before it counts as failed and is retried.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long after a pass the feed still looks for journal rows committed late below it (PostgreSQL, SQL Server).</summary>
    public TimeSpan LateCommitWindow { get; init; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => Endpoint is not null;

    /// <summary>Why the endpoint cannot be used, or null when it can.</summary>
    public string? Problem => Endpoint switch
    {
        null => null,
        { IsAbsoluteUri: false } => "NationalPortal:Endpoint must be an absolute URL.",
        { Scheme: "https" } => null,
        { Scheme: "http", IsLoopback: true } => null,
        _ => "NationalPortal:Endpoint must be an https:// URL (plain http is allowed on loopback only).",
    };
}
