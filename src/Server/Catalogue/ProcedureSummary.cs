using Workflow.Engine.Definitions.Model;

namespace Workflow.Server.Catalogue;

/// <summary>A published procedure in force today, as the public catalogue lists it.</summary>
public sealed record ProcedureSummary(
    string Id,
    string? Code,
    int Version,
    string Name,
    string Field,
    ProcedureLevel Level,
    StatutoryTimeView StatutoryTime,
    OnlineMode OnlineMode,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<FeeView> Fees,
    IReadOnlyList<DocumentView> Documents);
