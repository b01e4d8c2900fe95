using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>The outcome chosen, its kind and target step, whether the task was on time, and the files attached.</summary>
public sealed record CompleteDetail(string Outcome, OutcomeKind Kind, string To, Punctuality? Punctuality, IReadOnlyList<string>? Attachments) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Complete;
}
