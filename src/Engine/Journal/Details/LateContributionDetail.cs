using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// An answer to a branch that was already closed: the outcome chosen and its kind, how punctual the
/// answer was against the agency's own due (and the consultation's deadline), the files attached,
/// the join and fork instance, and why the branch had been closed. The text is the entry's reason.
/// </summary>
public sealed record LateContributionDetail(
    string Outcome,
    OutcomeKind Kind,
    Punctuality? Punctuality,
    IReadOnlyList<string>? Attachments,
    string? Join,
    string? Instance,
    string? Closed) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.LateContribution;
}
