namespace Workflow.Engine.Runtime.Fees;

/// <summary>One fee of a dossier: how many units it was charged for and the amount in VND.</summary>
public sealed record FeeLine(string FeeId, string Name, int Quantity, decimal Amount, bool Exempt);
