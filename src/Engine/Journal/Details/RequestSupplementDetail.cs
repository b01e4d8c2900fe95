using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// What the request does to the clock, the step that resumes, and whether the request came after its
/// notice deadline; when the request is a wait step with a citizen's deadline, that deadline and what
/// its passing does (absent otherwise, so older entries keep their bytes).
/// </summary>
public sealed record RequestSupplementDetail(ClockEffect Clock, string ResumeAt, DateTime NoticeDue, bool LateNotice, DateTime? CitizenDeadline = null, CitizenDeadlineEffect? OnExpiry = null) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.RequestSupplement;
}
