using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Organisation;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// A linked dossier a file step asked for in this command: filed before the commit, in the same
/// transaction (<see cref="LinkedDossiers"/>), since taking its code is a database write.
/// </summary>
/// <param name="Wait">The parent's item waiting for it; null when the parent goes on at once.</param>
/// <param name="GiverUnitId">The unit that held the parent when it filed the child: the handoff's giver.</param>
internal sealed record PendingFiling(FileStep Step, UnitRecord Receiver, WorkItemRecord? Wait, string GiverUnitId);
