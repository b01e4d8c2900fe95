using Workflow.Engine.Definitions.Model;

namespace Workflow.Server.Catalogue;

public sealed record FeeView(string Id, string Name, FeeKind Kind, decimal? Amount, string Per, IReadOnlyList<FeeTier> Tiers, decimal? Max, string? MaxPer, string? Note);
