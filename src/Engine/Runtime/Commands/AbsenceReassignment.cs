namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// What reassigning an absent officer's tasks did: how many went to the colleague, how many back to
/// the unit's inbox, and the dossiers that could not be changed (another command won; run it again).
/// </summary>
public sealed record AbsenceReassignment(int ToColleague, int ToInbox, IReadOnlyList<Guid> Failed);
