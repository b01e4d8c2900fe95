using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Indicators;

/// <summary>What the evaluation of one finished dossier reads, loaded for the period's finished dossiers only.</summary>
internal sealed record DossierFacts(
    Guid Id,
    string Code,
    string ReceivingUnitId,
    Channel Channel,
    OnlineMode OnlineMode,
    ResultDelivery ResultDelivery,
    Punctuality? FinishPunctuality,
    bool Returned,
    IReadOnlyList<(string? UnitId, StepPhase Phase, Punctuality? Punctuality)> Steps,
    IReadOnlyList<(string Command, string? ActorUnitId, bool BySystem, string? Detail)> CitizenEvents,
    bool PaidOutsideGateway,
    IReadOnlyList<(bool Answered, Punctuality? Punctuality, DateTime DueAt)> Feedback);
