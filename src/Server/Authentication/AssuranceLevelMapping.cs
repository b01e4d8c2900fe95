namespace Workflow.Server.Authentication;

/// <summary>
/// One value of the provider's level-of-assurance claim and the level it stands for. A list, not a
/// dictionary: claim values are often URIs, whose colons configuration keys cannot hold.
/// </summary>
public sealed class AssuranceLevelMapping
{
    public string Value { get; set; } = "";

    public int Level { get; set; }
}
