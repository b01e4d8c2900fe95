namespace Workflow.Engine.Notifications;

/// <summary>The mail server (<c>Notifications:Smtp</c> in the server's configuration).</summary>
public sealed record SmtpOptions
{
    public string Host { get; init; } = "";

    public int Port { get; init; } = 25;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; init; } = "StartTlsWhenAvailable";

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string FromAddress { get; init; } = "motcua@localhost";

    public string FromName { get; init; } = "Bộ phận Một cửa";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
