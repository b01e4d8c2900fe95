namespace Workflow.Server.Authentication;

/// <summary>
/// A secret every server node needs alike (e.g. the sign-in throttle's hashing key), stored in the
/// shared database encrypted with the shared data-protection keys: the database alone does not reveal it.
/// </summary>
public sealed class ServerSecretRecord
{
    public string Name { get; set; } = "";

    public string ProtectedValue { get; set; } = "";
}
