using Workflow.Engine.Definitions.Model;

namespace Workflow.Server.Catalogue;

/// <summary>One procedure as published: everything a citizen needs to prepare and file a dossier.</summary>
public sealed record ProcedureDetail(
    string Id,
    string? Code,
    int Version,
    string Name,
    string Field,
    ProcedureLevel Level,
    string? Description,
    IReadOnlyList<string> LegalBasis,
    DateOnly? EffectiveFrom,
    StatutoryTimeView StatutoryTime,
    OnlineMode OnlineMode,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<FeeView> Fees,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<ResultDocument> Results,
    IReadOnlyList<DataField> Data,
    IReadOnlyList<ReceivingUnitView> ReceivingUnits);
