namespace Workflow.Server.Contracts.Organisation;

/// <summary>
/// One line of the organisation's change log: who changed what and when, the sentence saying it
/// (in the caller's language), and for a merger or abolition how many open tasks moved to the
/// successor and when that was finished (null until the effective date has come and gone).
/// </summary>
public sealed record OrganisationChangeView(
    Guid Id,
    long Version,
    string Kind,
    DateTimeOffset At,
    string ById,
    string ByName,
    DateOnly EffectiveDate,
    string SubjectId,
    string? SuccessorId,
    string Summary,
    int TasksMoved,
    DateTimeOffset? SuccessionDoneAt);
