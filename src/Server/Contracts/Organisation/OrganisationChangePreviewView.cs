using Workflow.Engine.Organisation.Administration;

namespace Workflow.Server.Contracts.Organisation;

/// <summary>What a change would do (the sentence, in the caller's language) and touch: procedure steps naming the unit, open tasks there, memberships and where each goes.</summary>
public sealed record OrganisationChangePreviewView(
    string Summary,
    IReadOnlyList<AffectedProcedure> Procedures,
    IReadOnlyList<AffectedTask> OpenTasks,
    IReadOnlyList<AffectedMembership> Memberships);
