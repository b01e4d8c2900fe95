namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The unit a task left and the successor it moved to, the organisation change that merged or
/// abolished the unit, and whether the officer holding the task kept it (they hold the role at the successor).
/// </summary>
public sealed record UnitSuccessionDetail(string From, string To, Guid Change, DateOnly EffectiveDate, bool HolderKept) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.UnitSuccession;
}
