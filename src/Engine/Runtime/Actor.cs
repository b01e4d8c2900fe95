namespace Workflow.Engine.Runtime;

/// <summary>
/// Who is acting: an officer (with the unit and role they act in), a citizen, or the system
/// itself (the timer worker). Recorded on every journal entry.
/// </summary>
public sealed record Actor(string Id, string Name, string? UnitId = null, string? Role = null, ActorKind Kind = ActorKind.Officer)
{
    public static readonly Actor System = new("system", "Hệ thống", Kind: ActorKind.System);

    public static Actor Citizen(string name) => new("citizen", name, Kind: ActorKind.Citizen);

    public bool IsSystem => Kind == ActorKind.System;
}
