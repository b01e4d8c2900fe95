namespace Workflow.Server.Contracts.Delegation;

/// <summary>An inbox delegation: whose, to whom, at which unit, from and to which day (both included), and whether it is in force today.</summary>
public sealed record InboxDelegationView(
    Guid Id,
    string UnitId,
    string DelegatorId,
    string DelegatorName,
    string DelegateId,
    string DelegateName,
    DateOnly FirstDay,
    DateOnly LastDay,
    bool InForce,
    string CreatedByName);
