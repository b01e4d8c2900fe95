using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>A fee as the fees panel edits it; tiers, when a fee has them, are kept as the file has them.</summary>
public sealed record FeeDraft(string Id, string Name, FeeKind Kind, decimal? Amount, string? Per, string? QuantityField, decimal? Max, string? MaxPer, string? ExemptWhen, string? Note);
