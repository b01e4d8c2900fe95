namespace Workflow.Engine.Journal.Details;

/// <summary>The timer that fired, the task's due instant, its unit and who held it.</summary>
public sealed record StepOverdueDetail(Guid Timer, DateTime? Due, string? Unit, string? Assignee) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.StepOverdue;
}
