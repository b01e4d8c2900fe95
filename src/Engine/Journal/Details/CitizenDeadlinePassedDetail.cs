using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The citizen's deadline on a wait that passed: the timer, the wait step and what it waited for,
/// the deadline, and what the definition says follows (the dossier stopped or returned).
/// </summary>
public sealed record CitizenDeadlinePassedDetail(
    Guid Timer,
    string Step,
    WaitReason WaitFor,
    DateTime Deadline,
    CitizenDeadlineEffect Effect) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.CitizenDeadlinePassed;
}
