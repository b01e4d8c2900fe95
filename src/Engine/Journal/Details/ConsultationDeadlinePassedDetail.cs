using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The consultation whose deadline passed: the timer, the join and fork instance, the deadline, what
/// the definition says happens, the branches (by index) and agencies still silent, and for an
/// escalation the role told at the asking unit.
/// </summary>
public sealed record ConsultationDeadlinePassedDetail(
    Guid Timer,
    string Join,
    string Instance,
    DateTime? Deadline,
    ConsultationDeadlineEffect Effect,
    IReadOnlyList<int> SilentBranches,
    IReadOnlyList<string> SilentUnits,
    string? AskingUnit,
    string? EscalatedTo) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ConsultationDeadlinePassed;
}
