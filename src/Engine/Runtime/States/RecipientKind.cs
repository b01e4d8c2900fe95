namespace Workflow.Engine.Runtime.States;

public enum RecipientKind
{
    Citizen,
    Officer,

    /// <summary>Everyone holding a given role at a unit (e.g. the unit head, the one-stop desk).</summary>
    Unit,

    /// <summary>The national public service portal: a dossier's record and progress, in order per dossier (<c>Notifications/Portal</c>).</summary>
    Portal,
}
