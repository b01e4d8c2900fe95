using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>What the request does to the clock, the step that resumes, and whether the request came after its notice deadline.</summary>
public sealed record RequestSupplementDetail(ClockEffect Clock, string ResumeAt, DateTime NoticeDue, bool LateNotice) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.RequestSupplement;
}
