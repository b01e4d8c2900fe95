using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The parallel step, its join, the branches opened, how many must arrive, and the fork instance;
/// for a consultation with a deadline, the deadline and what its passing does (absent otherwise, so
/// entries written before deadlines existed keep their bytes).
/// </summary>
public sealed record ForkDetail(string Step, string Join, IReadOnlyList<string> Branches, JoinMode? Mode, int Required, string Instance,
    DateTime? Deadline = null, ConsultationDeadlineEffect? OnDeadline = null) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Fork;
}
