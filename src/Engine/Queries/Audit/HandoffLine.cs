using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Queries.Audit;

/// <summary>
/// One handover between units (a row of the control sheet): who gave, who received, when, and
/// whether the giving unit finished its part early, on time or late.
/// </summary>
public sealed record HandoffLine(
    Guid DossierId,
    string DossierCode,
    string ProcedureName,
    int Sequence,
    DateTimeOffset At,
    string? FromUnitId,
    string ToUnitId,
    string? StepId,
    string? GivenBy,
    Punctuality? Punctuality);
