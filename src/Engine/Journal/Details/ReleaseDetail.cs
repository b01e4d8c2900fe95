namespace Workflow.Engine.Journal.Details;

/// <summary>Who held the task before it went back to the unit's inbox.</summary>
public sealed record ReleaseDetail(string? Previous) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Release;
}
